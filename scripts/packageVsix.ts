// `npm run package` (the universal VSIX) and `npm run package:targets` (it and a VSIX per VS Code
// target platform, each with that platform's native esbuild): each one staged in out/vsix/<kind>/ and
// packaged there by vsce, from the production build in dist/ (the npm scripts build it first).
//   tsx scripts/packageVsix.ts [--all | --target <target>…] [--out-dir <folder>]
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareForVsce, stageVsix } from './vsix/stageVsix';
import { nativeTargets, type VsixKind, vsixFileName } from './vsix/vsixTargets';

const repositoryRoot = join(__dirname, '..');
const vsce = join(repositoryRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

/** Stages (in out/vsix/ unless told where) and packages one VSIX into `outFolder`; returns its path. */
export function packageVsix(kind: VsixKind, outFolder: string, staged = join(repositoryRoot, 'out', 'vsix', kind === 'universal' ? 'universal' : kind.target)): string {
  stageVsix(staged, kind);
  prepareForVsce(staged);
  mkdirSync(outFolder, { recursive: true });
  const out = resolve(outFolder, vsixFileName(kind));
  const target = kind === 'universal' ? [] : ['--target', kind.target];
  execFileSync(process.execPath, [vsce, 'package', ...target, '--out', out], { cwd: staged, stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

function kindsOf(all: boolean, targets: readonly string[]): VsixKind[] {
  const unknown = targets.filter((name) => !nativeTargets.some((candidate) => candidate.target === name));
  if (unknown.length > 0) throw new Error(`Unknown target ${unknown.join(', ')}; the targets are ${nativeTargets.map((candidate) => candidate.target).join(', ')}.`);
  if (all) return ['universal', ...nativeTargets];
  return targets.length === 0 ? ['universal'] : nativeTargets.filter((candidate) => targets.includes(candidate.target));
}

if (require.main === module) {
  const { values } = parseArgs({ options: { all: { type: 'boolean', default: false }, target: { type: 'string', multiple: true, default: [] }, 'out-dir': { type: 'string', default: '.' } } });
  for (const kind of kindsOf(values.all, values.target)) {
    const out = packageVsix(kind, values['out-dir']);
    console.log(`${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MB)`);
  }
}
