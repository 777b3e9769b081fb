// `code`: the entry module bundled for Botpress's Node runtime, as the official CLI builds it.
import { resolve } from 'node:path';
import type { BuildOptions, Message, Metafile } from 'esbuild';
import { editorColumn } from '../../esbuildLocation';
import { type DefinitionSource, problemAt } from './definitionSource';
import { type EsbuildSearchPath, esbuildUnavailable, locateEsbuild, requireEsbuild, resolveModuleFrom } from './esbuildResolver';
import type { Checked, PackagingProblem } from './packagingProblem';
import { projectFilePath } from './projectFile';

/** A failed build throws an error listing its messages; a copy of esbuild that cannot start throws without them. */
function buildMessages(error: unknown): Message[] | undefined {
  const errors = (error as { errors?: unknown }).errors;
  return Array.isArray(errors) ? (errors as Message[]) : undefined;
}

function problemOf(source: DefinitionSource, message: Message): PackagingProblem {
  if (!message.location) return problemAt(source, ['code'], 'definition', 'bundle', `Bundling the code failed: ${message.text}`);
  const { file, line } = message.location;
  return { kind: 'definition', file: resolve(source.folder, file), line, column: editorColumn(message.location), code: 'bundle', message: message.text };
}

/** How integration code is built for Botpress's Node runtime, as the official CLI does; each build adds its entry and folder. */
export const integrationBuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2020',
  minify: true,
  keepNames: true,
  write: false,
  logLevel: 'silent',
  metafile: true,
} as const satisfies BuildOptions;

export interface BundleOptions {
  esbuildSearchPaths: readonly EsbuildSearchPath[];
}

/** The bundled code, and every file it was made of. */
export interface BundledCode {
  code: string;
  /** Absolute paths. */
  inputs: string[];
}

/** Bundles with the first esbuild along the search paths that starts; build errors are problems, not a reason to try another. */
export async function bundleCode(source: DefinitionSource, entry: string, options: BundleOptions): Promise<Checked<BundledCode>> {
  const entryPath = await projectFilePath(source.path, entry);
  if (!entryPath.ok) return { ok: false, problems: [problemAt(source, ['code'], 'definition', 'outside-folder', `code: ${entryPath.reason}.`)] };
  // The project's own node_modules and tsconfig are found from its folder.
  return bundleWith(source, { entryPoints: [entryPath.path], absWorkingDir: source.folder, ...integrationBuildOptions }, options, (message) => problemOf(source, message));
}

/** The files esbuild read, from its metafile, whose paths are relative to the working folder. */
function bundledInputs(metafile: Metafile | undefined, workingFolder: string): string[] {
  return Object.keys(metafile?.inputs ?? {})
    .filter((input) => input !== '<stdin>')
    .map((input) => resolve(workingFolder, input));
}

/** Runs a build with the first esbuild along the search paths that starts; its messages become problems. */
export async function bundleWith(
  source: DefinitionSource,
  buildOptions: BuildOptions & { write: false; absWorkingDir: string },
  options: BundleOptions,
  problemFor: (message: Message) => PackagingProblem = (message) => problemOf(source, message),
): Promise<Checked<BundledCode>> {
  const failures: string[] = [];
  for (const location of locateEsbuild(options.esbuildSearchPaths, resolveModuleFrom)) {
    try {
      const result = await requireEsbuild(location).build(buildOptions);
      return { ok: true, value: { code: result.outputFiles[0].text, inputs: bundledInputs(result.metafile, buildOptions.absWorkingDir) } };
    } catch (error) {
      const messages = buildMessages(error);
      if (messages) return { ok: false, problems: messages.map(problemFor) };
      failures.push(`${location.modulePath} (${location.origin}) failed: ${(error as Error).message}`);
    }
  }
  throw esbuildUnavailable(options.esbuildSearchPaths, failures);
}
