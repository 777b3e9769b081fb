// The layout docs/architecture.md describes, kept: no import circle among the modules, the VS Code
// API in the client only, the connection in the server's entry only, the cores free of both.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
const sourceFolders = ['core/src', 'server/src', 'client/src', 'cli/src'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file names in an import or an export, type-only ones included. */
function specifiers(text: string): string[] {
  const pattern = /^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gms;
  return [...text.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3]);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The source file a relative specifier names; undefined for a package. */
function resolvedSource(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts')].find(isFile);
}

const files = sourceFolders.flatMap((folder) => sourceFiles(join(root, folder)));
const imports = new Map(files.map((file) => [file, specifiers(readFileSync(file, 'utf8'))]));
const shown = (file: string) => relative(root, file);

/** The first import circle found, as the files around it; undefined when there is none. */
function importCircle(): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    state.set(file, 'open');
    path.push(file);
    for (const specifier of imports.get(file)!) {
      const target = resolvedSource(file, specifier);
      if (!target || !imports.has(target) || state.get(target) === 'done') continue;
      const circle = state.get(target) === 'open' ? [...path.slice(path.indexOf(target)), target] : visit(target);
      if (circle) return circle;
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of files) {
    const circle = state.has(file) ? undefined : visit(file);
    if (circle) return circle;
  }
  return undefined;
}

const importing = (test: (module: string) => boolean) => files.filter((file) => imports.get(file)!.some(test)).map(shown).sort();

describe('architecture', () => {
  it('reads the imports it checks', () => {
    assert.ok(files.length > 100);
    assert.deepEqual(specifiers("import type { A } from './a';\nexport { b } from '../b';\nimport './c';\nconst d = import('./d');"), ['./a', '../b', './c', './d']);
  });

  it('has no import circle among its modules', () => {
    const circle = importCircle();
    assert.equal(circle, undefined, circle && `import circle: ${circle.map(shown).join(' → ')}`);
  });

  it('touches the VS Code API in the client only, the connection in the server entry only', () => {
    assert.deepEqual(
      importing((module) => module === 'vscode').filter((file) => !file.startsWith('client/src/')),
      [],
    );
    assert.deepEqual(importing((module) => /^vscode-languageserver(\/|$)/.test(module)), ['server/src/guard.ts', 'server/src/languageServer.ts', 'server/src/server.ts']);
  });

  it('keeps the cores and the CLI free of editor and protocol packages', () => {
    const editorPackage = (module: string) => /^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)(\/|$)/.test(module);
    assert.deepEqual(
      importing(editorPackage).filter((file) => file.startsWith('core/src/') || file.startsWith('cli/src/')),
      [],
    );
  });
});
