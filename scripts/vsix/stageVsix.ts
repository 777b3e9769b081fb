// An extension folder holding what a VSIX of one kind holds, for vsce to package: the files
// .vscodeignore lets in (the universal VSIX's list, the one list of what ships), where a platform's
// VSIX has that platform's native esbuild (esbuild's JavaScript API and its binary package) in place
// of esbuild-wasm. Its package.json depends on the packages it carries only: vsce asks npm for the
// production dependencies and takes their files from node_modules (`prepareForVsce`).
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { nativeEsbuildPackage } from './nativeEsbuild';
import type { NativeTarget, VsixKind } from './vsixTargets';

const repositoryRoot = join(__dirname, '..', '..');
const wasmFiles = /^node_modules\/esbuild-wasm\//;

/** The patterns .vscodeignore re-includes after excluding everything. */
function shippedPatterns(): string[] {
  return readFileSync(join(repositoryRoot, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('!'))
    .map((line) => line.slice(1));
}

/** What of native esbuild runs: its JavaScript API, which finds the binary package beside it in node_modules. */
function nativeFiles(target: NativeTarget): Array<{ path: string; from: string }> {
  const api = join(repositoryRoot, 'node_modules', 'esbuild');
  const binaryPackage = nativeEsbuildPackage(target);
  return [
    ...['package.json', 'LICENSE.md', 'lib/main.js'].map((file) => ({ path: `node_modules/esbuild/${file}`, from: join(api, file) })),
    ...['package.json', target.binary].map((file) => ({ path: `node_modules/${target.esbuildPackage}/${file}`, from: join(binaryPackage, file) })),
  ];
}

/** The packages the paths are in, by name: `node_modules/<name>/…` or `node_modules/@scope/<name>/…`. */
function packagesOf(paths: readonly string[]): string[] {
  const names = paths.flatMap((path) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? []);
  return [...new Set(names)];
}

function manifestOf(packageName: string): { version: string; peerDependencies?: Record<string, string>; peerDependenciesMeta?: Record<string, { optional?: boolean }>; dependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(join(repositoryRoot, 'node_modules', packageName, 'package.json'), 'utf8'));
}

/** What npm needs to find beside the packages for `npm list` to succeed: their required peers, and what those depend on. */
function peersOf(packageNames: readonly string[]): string[] {
  const needed = new Set<string>();
  const add = (name: string) => {
    if (needed.has(name) || packageNames.includes(name) || !existsSync(join(repositoryRoot, 'node_modules', name))) return;
    needed.add(name);
    Object.keys(manifestOf(name).dependencies ?? {}).forEach(add);
  };
  for (const name of packageNames) {
    const { peerDependencies = {}, peerDependenciesMeta = {} } = manifestOf(name);
    Object.keys(peerDependencies).filter((peer) => !peerDependenciesMeta[peer]?.optional).forEach(add);
  }
  return [...needed];
}

function copyPreservingMode(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  chmodSync(to, statSync(from).mode & 0o777);
}

/** Writes the folder of a VSIX of this kind (emptied first); the build in dist/ must be there. */
export function stageVsix(folder: string, kind: VsixKind): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const patterns = shippedPatterns().filter((pattern) => kind === 'universal' || !wasmFiles.test(pattern));
  const files = globSync(patterns, { cwd: repositoryRoot, dot: true, followSymbolicLinks: true }).map((path) => ({ path, from: join(repositoryRoot, path) }));
  if (kind !== 'universal') files.push(...nativeFiles(kind));
  for (const { path, from } of files) copyPreservingMode(from, join(folder, path));

  const shipped = kind === 'universal' ? patterns : [...patterns, ...nativeFiles(kind).map((file) => file.path)];
  writeFileSync(join(folder, '.vscodeignore'), ['**', ...shipped.map((pattern) => `!${pattern}`)].join('\n') + '\n');
  // esbuild's binary packages are its own optional dependencies, not the extension's.
  const packages = packagesOf(files.map((file) => file.path)).filter((name) => !name.startsWith('@esbuild/'));
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  const { devDependencies: _devDependencies, overrides: _overrides, scripts: _scripts, ...shippedManifest } = manifest;
  const dependencies = Object.fromEntries(packages.map((name) => [name, manifestOf(name).version]));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ ...shippedManifest, dependencies }, null, 2) + '\n');
}

/**
 * vsce lists the production dependencies with `npm list`, which fails on a missing peer dependency:
 * the peers of the packages a staged folder carries are put beside them, though none of their files
 * ships (.vscodeignore does not name them).
 */
export function prepareForVsce(folder: string): void {
  const { dependencies = {} } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const peer of peersOf(Object.keys(dependencies))) cpSync(join(repositoryRoot, 'node_modules', peer), join(folder, 'node_modules', peer), { recursive: true, dereference: true });
}
