// A platform's esbuild binary package, `@esbuild/<platform>` at the version of the esbuild this
// project depends on: the copy npm installed for this machine when it is that one, else the one
// `npm pack` fetches from the registry, unpacked into out/esbuild-packages/ and kept for later runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { NativeTarget } from './vsixTargets';

const repositoryRoot = join(__dirname, '..', '..');
const cacheFolder = join(repositoryRoot, 'out', 'esbuild-packages');

function versionAt(packageFolder: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** The version of the esbuild (JavaScript API) this project installed: the binary must be the same. */
export function esbuildVersion(): string {
  const version = versionAt(join(repositoryRoot, 'node_modules', 'esbuild'));
  if (!version) throw new Error('esbuild is not installed in node_modules: run npm ci first.');
  return version;
}

/** The folder of the target's `@esbuild/<platform>` package at the installed esbuild's version. */
export function nativeEsbuildPackage(target: NativeTarget): string {
  const version = esbuildVersion();
  const installed = join(repositoryRoot, 'node_modules', target.esbuildPackage);
  if (versionAt(installed) === version && existsSync(join(installed, target.binary))) return installed;
  const unpacked = join(cacheFolder, `${target.esbuildPackage.replace('/', '-')}-${version}`);
  if (existsSync(join(unpacked, target.binary))) return unpacked;
  mkdirSync(cacheFolder, { recursive: true });
  const tarball = execFileSync('npm', ['pack', `${target.esbuildPackage}@${version}`, '--pack-destination', cacheFolder, '--silent'], { cwd: cacheFolder, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  const extracting = `${unpacked}.extracting`;
  rmSync(extracting, { recursive: true, force: true });
  mkdirSync(extracting);
  execFileSync('tar', ['-xzf', join(cacheFolder, tarball), '-C', extracting]);
  rmSync(join(cacheFolder, tarball));
  // npm packs a package under package/.
  renameSync(join(extracting, 'package'), unpacked);
  rmSync(extracting, { recursive: true });
  if (!existsSync(join(unpacked, target.binary))) throw new Error(`${target.esbuildPackage}@${version} has no ${target.binary}`);
  return unpacked;
}
