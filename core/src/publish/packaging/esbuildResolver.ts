// Which esbuild bundles the integration's code and evaluates an SDK definition.
//
// The project's own `esbuild` comes first (the version it chose, built for the machine it was
// installed on); where the project has none, the one Integration Studio carries: a native `esbuild`
// where it has one for this platform (the CLI's npm package depends on it, a platform VSIX carries
// that platform's binary), else `esbuild-wasm`, the same esbuild version compiled to WebAssembly,
// which runs wherever Node does but several times slower (the universal VSIX). None is ever imported
// statically: all are resolved at run time, and a copy that cannot start gives way to the next.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { foldersAbove } from '../../foldersAbove';
import type * as Esbuild from 'esbuild';
import { PublishError } from '../publishError';

export type EsbuildApi = Pick<typeof Esbuild, 'build' | 'context' | 'version'>;

export type EsbuildOrigin = 'project' | 'integration-studio';

export interface EsbuildSearchPath {
  /** Resolution starts here and walks up through each parent's node_modules, as Node does. */
  directory: string;
  origin: EsbuildOrigin;
  /** The package resolved there: `esbuild` in the project; `esbuild`, then `esbuild-wasm`, in Integration Studio. */
  packageName: 'esbuild' | 'esbuild-wasm';
}

export interface EsbuildLocation {
  modulePath: string;
  origin: EsbuildOrigin;
}

/** Resolves a package as `require` would from a directory; undefined when it is not installed there. */
export type ModuleResolver = (directory: string, packageName: string) => string | undefined;

/** Integration Studio's install: the nearest folder with a package.json above its code. */
function installFolder(integrationStudioFolder: string): string {
  for (const folder of foldersAbove(integrationStudioFolder)) if (existsSync(join(folder, 'package.json'))) return folder;
  return integrationStudioFolder;
}

/**
 * Where esbuild is looked for, in order of preference. Without `projectEsbuild` (an untrusted
 * workspace) the project's copy is never looked up, since loading it runs the project's code, and
 * Integration Studio's own copies only where its install has them, in its own node_modules: else the
 * walk up from its code could reach a workspace's (one opened at the home folder).
 */
export function esbuildSearchPaths(definitionFolder: string, integrationStudioFolder: string, { projectEsbuild = true } = {}): EsbuildSearchPath[] {
  const install = projectEsbuild ? undefined : installFolder(integrationStudioFolder);
  const own = (['esbuild', 'esbuild-wasm'] as const)
    .filter((packageName) => install === undefined || existsSync(join(install, 'node_modules', packageName)))
    .map((packageName) => ({ directory: integrationStudioFolder, origin: 'integration-studio', packageName }) as const);
  return [...(projectEsbuild ? [{ directory: definitionFolder, origin: 'project', packageName: 'esbuild' } as const] : []), ...own];
}

/** Every esbuild installed along the search paths, in order of preference, each once. */
export function locateEsbuild(searchPaths: readonly EsbuildSearchPath[], resolveFrom: ModuleResolver): EsbuildLocation[] {
  const found = new Map<string, EsbuildLocation>();
  for (const { directory, origin, packageName } of searchPaths) {
    const modulePath = resolveFrom(directory, packageName);
    if (modulePath && !found.has(modulePath)) found.set(modulePath, { modulePath, origin });
  }
  return [...found.values()];
}

export const resolveModuleFrom: ModuleResolver = (directory, packageName) => {
  try {
    return createRequire(join(directory, 'package.json')).resolve(packageName);
  } catch {
    return undefined;
  }
};

export function requireEsbuild(location: EsbuildLocation): EsbuildApi {
  const esbuild = createRequire(location.modulePath)(location.modulePath) as Partial<EsbuildApi>;
  if (typeof esbuild.build !== 'function') throw new Error(`${location.modulePath} is not esbuild: it has no build function`);
  return esbuild as EsbuildApi;
}

/** Why no esbuild could bundle: where it was looked for, and why each copy found failed. */
export function esbuildUnavailable(searchPaths: readonly EsbuildSearchPath[], failures: readonly string[]): PublishError {
  const searched = searchPaths.map((path) => `${path.packageName} from ${path.directory}`).join(', ');
  const why = failures.length > 0 ? `; ${failures.join('; ')}` : '';
  return new PublishError(
    'esbuild-unavailable',
    `esbuild is needed to bundle the integration's code, and none works (looked for ${searched}${why}).`,
    {
      nextStep: 'Install it in the integration project: npm install --save-dev esbuild',
    },
  );
}
