// The JavaScript and TypeScript files an SDK definition can be made of, as esbuild bundles them: the
// editor's texts of these replace the disk's, a change to one re-checks the definitions it is part of.

/** In the order an import without one is tried with them. */
export const scriptExtensions = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'];

const scriptFile = new RegExp(`\\.(?:${scriptExtensions.join('|')})$`);
const typeScriptFile = /\.[cm]?tsx?$/;

/** A glob of every script file below a folder, for file watchers. */
export const scriptFilesGlob = `**/*.{${scriptExtensions.join(',')}}`;

/** Whether a path or URI names a JavaScript or TypeScript file. */
export function isScriptFile(path: string): boolean {
  return scriptFile.test(path);
}

/** Whether a path or URI names a TypeScript file (which Node cannot require: esbuild bundles it). */
export function isTypeScriptFile(path: string): boolean {
  return typeScriptFile.test(path);
}
