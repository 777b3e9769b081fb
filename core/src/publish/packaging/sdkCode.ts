// `code` of an SDK project, as `bp deploy` sends it: the `bp build` output when it is up to date,
// else `src/index.ts` bundled the way `bp build` bundles it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Message } from 'esbuild';
import { editorColumn } from '../../esbuildLocation';
import { type BundledCode, type BundleOptions, bundleWith, integrationBuildOptions } from './bundleCode';
import { problemAt } from './definitionSource';
import type { Checked, PackagingProblem } from './packagingProblem';
import { projectFilePath } from './projectFile';
import type { SdkDefinitionSource } from './sdkDefinitionSource';

export const builtCodePath = join('.botpress', 'dist', 'index.cjs');
const entryPath = join('src', 'index.ts');

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** The newest modification among the definition's files and the code under src/. */
function newestSource(source: SdkDefinitionSource): number {
  let newest = Math.max(0, ...source.inputs.map(modifiedAt), modifiedAt(join(source.folder, 'package.json')));
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, modifiedAt(path));
    }
  };
  if (existsSync(join(source.folder, 'src'))) walk(join(source.folder, 'src'));
  return newest;
}

function missingGeneratedFolder(message: Message): boolean {
  return /Could not resolve "\.botpress/.test(message.text);
}

/** The project's file at a fixed path, when no link takes it outside the project's folder. */
async function projectCodeFile(source: SdkDefinitionSource, path: string): Promise<Checked<string>> {
  const located = await projectFilePath(source.path, path);
  if (located.ok) return { ok: true, value: located.realPath };
  return { ok: false, problems: [problemAt(source, [], 'definition', 'outside-folder', `code: ${located.reason}.`)] };
}

export async function sdkCode(source: SdkDefinitionSource, options: BundleOptions): Promise<Checked<BundledCode>> {
  const built = join(source.folder, builtCodePath);
  if (existsSync(built) && modifiedAt(built) >= newestSource(source)) {
    const located = await projectCodeFile(source, builtCodePath);
    return located.ok ? { ok: true, value: { code: readFileSync(located.value, 'utf8'), inputs: [built] } } : located;
  }
  if (!existsSync(join(source.folder, entryPath))) {
    return {
      ok: false,
      problems: [problemAt(source, [], 'definition', 'no-code', `No ${entryPath} to bundle and no up-to-date ${builtCodePath}: run npx bp build in the project first.`)],
    };
  }
  const entry = await projectCodeFile(source, entryPath);
  if (!entry.ok) return entry;
  const problemFor = (message: Message): PackagingProblem => {
    const location = message.location;
    const at = location
      ? { file: resolve(source.folder, location.file), line: location.line, column: editorColumn(location) }
      : source.locate([], 'value');
    const text = missingGeneratedFolder(message)
      ? 'The code imports the generated .botpress folder, which is missing: run npx bp gen (or the project\'s build script) first.'
      : message.text;
    return { kind: 'definition', ...at, code: 'bundle', message: text };
  };
  // What `bp build` bundles: the entry re-exported with its handler, the definition's `__advanced.esbuild` merged last.
  const result = await bundleWith(
    source,
    {
      ...integrationBuildOptions,
      ...source.esbuildOptions,
      stdin: {
        contents: "import x from './src/index'\nexport default x\nexport const handler = x.handler\n",
        resolveDir: source.folder,
        loader: 'ts',
      },
      absWorkingDir: source.folder,
      write: false,
      metafile: true,
    },
    options,
    problemFor,
  );
  if (result.ok) return result;
  // One clear message is enough when the generated folder is missing, however many imports name it.
  const generated = result.problems.filter((problem) => problem.message.includes('.botpress folder'));
  return generated.length > 0 ? { ok: false, problems: [generated[0]] } : result;
}
