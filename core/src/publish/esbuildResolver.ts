// Which esbuild bundles the integration's code.
//
// The extension and CLI bundles never import esbuild statically: it ships a native binary per
// platform, so it cannot be bundled. It is resolved at run time, first from the integration
// project (the esbuild version the project chose, built for the machine it was installed on),
// then from Integration Studio's own install (for the VSIX: node_modules/esbuild with its
// @esbuild/<platform> package, packaged per platform).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Esbuild from 'esbuild';
import { PublishError } from './publishError';

export type EsbuildApi = Pick<typeof Esbuild, 'build' | 'version'>;

export type EsbuildOrigin = 'project' | 'integration-studio';

export interface EsbuildSearchPath {
  /** Resolution starts here and walks up through each parent's node_modules, as Node does. */
  directory: string;
  origin: EsbuildOrigin;
}

export interface EsbuildLocation {
  modulePath: string;
  origin: EsbuildOrigin;
}

/** Resolves `esbuild` as `require` would from a directory; undefined when it is not installed there. */
export type ModuleResolver = (directory: string) => string | undefined;

export function esbuildSearchPaths(definitionFolder: string, integrationStudioFolder: string): EsbuildSearchPath[] {
  return [
    { directory: definitionFolder, origin: 'project' },
    { directory: integrationStudioFolder, origin: 'integration-studio' },
  ];
}

/** Every esbuild installed along the search paths, in order of preference, each once. */
export function locateEsbuild(searchPaths: readonly EsbuildSearchPath[], resolveFrom: ModuleResolver): EsbuildLocation[] {
  const found = new Map<string, EsbuildLocation>();
  for (const { directory, origin } of searchPaths) {
    const modulePath = resolveFrom(directory);
    if (modulePath && !found.has(modulePath)) found.set(modulePath, { modulePath, origin });
  }
  return [...found.values()];
}

export const resolveEsbuildFrom: ModuleResolver = (directory) => {
  try {
    return createRequire(join(directory, 'package.json')).resolve('esbuild');
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
  const searched = searchPaths.map((path) => path.directory).join(', ');
  const why = failures.length > 0 ? `; ${failures.join('; ')}` : '';
  return new PublishError(
    'esbuild-unavailable',
    `esbuild is needed to bundle the integration's code, and none works (looked from ${searched}${why}).`,
    {
      nextStep: 'Install it in the integration project: npm install --save-dev esbuild',
    },
  );
}
