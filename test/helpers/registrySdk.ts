// Projects on the @botpress/sdk version their package.json declares, installed from the npm registry:
// each set of dependencies once into a cache folder kept between runs (in the system's temporary
// folder), all of them in parallel, then linked into the test's copy of the project. The version this
// repository installs itself is linked from its own node_modules instead.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { temporaryFolder } from './temporaryFolder';

const repository = join(__dirname, '..', '..');
const cache = join(tmpdir(), 'integration-studio-sdk-cache');
const run = promisify(execFile);

interface Manifest {
  dependencies: Record<string, string>;
  overrides?: Record<string, string>;
}

function manifestOf(project: string): Manifest {
  const { dependencies, overrides } = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as Manifest;
  return { dependencies, overrides };
}

function repositorySdkVersion(): string {
  return (JSON.parse(readFileSync(join(repository, 'node_modules', '@botpress', 'sdk', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Installs by cache folder: fixtures that declare the same dependencies share one install, never two in one folder at once. */
const installs = new Map<string, Promise<string>>();

/** The node_modules folder that has the project's dependencies, installed now unless the cache has them. */
function nodeModulesFor(manifest: Manifest): Promise<string> {
  if (manifest.dependencies['@botpress/sdk'] === repositorySdkVersion()) return Promise.resolve(join(repository, 'node_modules'));
  const wanted = JSON.stringify(manifest);
  const folder = join(cache, createHash('sha256').update(wanted).digest('hex').slice(0, 16));
  let install = installs.get(folder);
  if (!install) installs.set(folder, (install = installedInto(folder, manifest, wanted)));
  return install;
}

/** `wanted`: the manifest as the folder's done mark records it. */
async function installedInto(folder: string, manifest: Manifest, wanted: string): Promise<string> {
  const done = join(folder, 'installed.json');
  if (existsSync(done) && readFileSync(done, 'utf8') === wanted) return join(folder, 'node_modules');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'sdk-cache', private: true, ...manifest }));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await run(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, shell: process.platform === 'win32' });
  // Written last: an install that failed halfway is never taken for a done one.
  writeFileSync(done, wanted);
  return join(folder, 'node_modules');
}

/** Installs what each fixture project declares, in parallel; gives a function that copies one into a new folder with its node_modules linked. */
export async function registrySdkProjects(fixtures: string[]): Promise<(fixture: string) => string> {
  const installed = new Map(await Promise.all(fixtures.map(async (fixture) => [fixture, await nodeModulesFor(manifestOf(fixture))] as const)));
  return (fixture) => {
    const folder = temporaryFolder('sdk-generation');
    cpSync(fixture, folder, { recursive: true });
    symlinkSync(installed.get(fixture)!, join(folder, 'node_modules'), 'dir');
    return folder;
  };
}
