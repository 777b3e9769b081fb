// The local modules an SDK definition is made of, parsed once per text: TypeScript through
// @babel/parser (loaded on first use, so a server that never opens a TS definition never pays for
// it), JSON through jsonc-parser; bare specifiers resolved through the project's tsconfig `paths`.
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type * as Babel from '@babel/types';
import { type Node as JsonNode, parse as parseJsonc, parseTree } from 'jsonc-parser';
import { scriptExtensions } from '../scriptFiles';

export type ModuleFile = { kind: 'ts'; path: string; text: string; program: Babel.Program } | { kind: 'json'; path: string; text: string; root: JsonNode | undefined };

export type ReadText = (path: string) => string | undefined;

const sourceExtensions = [...scriptExtensions.map((extension) => `.${extension}`), '.json'];
const maxModuleBytes = 2 * 1024 * 1024;

let parser: typeof import('@babel/parser') | undefined;

/** Programs by path, kept while their text is the same: an edit re-parses only the file it changed. */
const programs = new Map<string, { text: string; program: Babel.Program }>();
/** Bounds the cache by the text it was parsed from (an AST takes several times its text). */
const maxCachedTextLength = 8 * 1024 * 1024;
let cachedTextLength = 0;

function cachedProgram(path: string, text: string): Babel.Program {
  const known = programs.get(path);
  if (known?.text === text) {
    programs.delete(path);
    programs.set(path, known);
    return known.program;
  }
  const program = parseTypeScript(text, path);
  if (known) {
    programs.delete(path);
    cachedTextLength -= known.text.length;
  }
  programs.set(path, { text, program });
  cachedTextLength += text.length;
  for (const [oldest, entry] of programs) {
    if (cachedTextLength <= maxCachedTextLength || oldest === path) break;
    programs.delete(oldest);
    cachedTextLength -= entry.text.length;
  }
  return program;
}

function parseTypeScript(text: string, path: string): Babel.Program {
  parser ??= require('@babel/parser') as typeof import('@babel/parser');
  try {
    return parser.parse(text, {
      sourceType: 'module',
      errorRecovery: true,
      plugins: [['typescript', { dts: false }], ...(path.endsWith('x') ? (['jsx'] as const) : [])],
    }).program;
  } catch {
    return parser.parse('', { sourceType: 'module' }).program;
  }
}

/** Reads a file, preferring the editor's text. */
export function diskOrOverlay(overlays: Record<string, string>): ReadText {
  return (path) => {
    if (overlays[path] !== undefined) return overlays[path];
    try {
      if (statSync(path).size > maxModuleBytes) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
}

interface PathMapping {
  pattern: string;
  targets: string[];
}

/** `compilerOptions.paths` of the tsconfig.json in the project's folder, made absolute. */
function pathMappings(projectFolder: string, readText: ReadText): PathMapping[] {
  const text = readText(join(projectFolder, 'tsconfig.json'));
  if (text === undefined) return [];
  try {
    const options = (parseJsonc(text) as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } })?.compilerOptions;
    const base = resolve(projectFolder, options?.baseUrl ?? '.');
    return Object.entries(options?.paths ?? {}).map(([pattern, targets]) => ({ pattern, targets: targets.map((target) => resolve(base, target)) }));
  } catch {
    return [];
  }
}

export class ModuleGraph {
  private readonly parsed = new Map<string, ModuleFile>();
  /** Resolutions by folder and specifier: schemas name `z` from '@botpress/sdk' at every link. */
  private readonly resolved = new Map<string, string | undefined>();
  private readonly mappings: PathMapping[];

  constructor(
    readonly projectFolder: string,
    private readonly readText: ReadText,
  ) {
    this.mappings = pathMappings(projectFolder, readText);
  }

  /** Files this graph has read, so far. */
  get files(): string[] {
    return [...this.parsed.keys()];
  }

  module(path: string): ModuleFile | undefined {
    const known = this.parsed.get(path);
    if (known) return known;
    const text = this.readText(path);
    if (text === undefined) return undefined;
    const module: ModuleFile =
      extname(path) === '.json' ? { kind: 'json', path, text, root: parseTree(text) } : { kind: 'ts', path, text, program: cachedProgram(path, text) };
    this.parsed.set(path, module);
    return module;
  }

  /** The local file an import names; undefined for packages and for files that do not exist. */
  resolveImport(specifier: string, fromFile: string): string | undefined {
    const key = `${dirname(fromFile)}\0${specifier}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const found = this.findImport(specifier, fromFile);
    this.resolved.set(key, found);
    return found;
  }

  private findImport(specifier: string, fromFile: string): string | undefined {
    const bases = specifier.startsWith('.') ? [resolve(dirname(fromFile), specifier)] : this.mappedBases(specifier);
    for (const base of bases) {
      const found = this.existingFile(base);
      if (found && !found.split(/[\\/]/).includes('node_modules')) return found;
    }
    return undefined;
  }

  private mappedBases(specifier: string): string[] {
    const bases: string[] = [];
    for (const { pattern, targets } of this.mappings) {
      const star = pattern.indexOf('*');
      if (star < 0) {
        if (pattern === specifier) bases.push(...targets);
        continue;
      }
      const prefix = pattern.slice(0, star);
      const suffix = pattern.slice(star + 1);
      if (!specifier.startsWith(prefix) || !specifier.endsWith(suffix) || specifier.length < prefix.length + suffix.length) continue;
      const matched = specifier.slice(prefix.length, specifier.length - suffix.length);
      bases.push(...targets.map((target) => target.replace('*', matched)));
    }
    return bases;
  }

  private existingFile(base: string): string | undefined {
    const candidates = [base, ...sourceExtensions.map((extension) => base + extension), ...sourceExtensions.map((extension) => join(base, `index${extension}`))];
    // A module written as `./x.js` in TypeScript is `./x.ts` on disk.
    if (/\.[cm]?js$/.test(base)) candidates.push(base.replace(/js$/, 'ts'));
    return candidates.find((candidate) => this.readText(candidate) !== undefined && extname(candidate) !== '');
  }
}
