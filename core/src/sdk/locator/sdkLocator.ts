// Where each JSON path of the body evaluated from an SDK definition is written in the TypeScript
// sources: the definition object's properties and nested literals, the keys of `actions: {…}`, zod
// calls (`z.object({…})` properties, `.describe('…')`, `.title('…')`), following identifiers and
// imports into local files. Paths that no literal writes fall back to the nearest one that does.
import type * as Babel from '@babel/types';
import { findNodeAtLocation } from 'jsonc-parser';
import type { PathSegment } from '../../parse/ast';
import type { Part } from '../../valueTree';
import { type InterfacesAccess, sdkInterfacesAccessAt } from './sdkInterfacesAccess';
import { type ModuleFile, ModuleGraph, type ReadText } from './tsModules';

/** A range of a file, in UTF-16 offsets. */
export interface Site {
  file: string;
  start: number;
  end: number;
}

interface Entry {
  path: PathSegment[];
  key?: Site;
  value: Site;
}

export interface Location extends Site {
  /** False when the path is not written as such and this is the nearest construct that is. */
  exact: boolean;
}

type Expression = Babel.Node;
interface Resolved {
  node: Expression;
  module: ModuleFile & { kind: 'ts' };
}
/** A value read from a JSON module (`import { integrationName } from './package.json'`). */
interface JsonSite {
  json: Site;
}

const maxEntries = 200_000;
const pathKey = (path: readonly PathSegment[]) => JSON.stringify(path);

function unwrap(node: Expression): Expression {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion' ||
    current.type === 'ParenthesizedExpression'
  ) {
    current = current.expression;
  }
  return current;
}

function propertyName(key: Expression, computed: boolean): string | undefined {
  if (key.type === 'Identifier' && !computed) return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'NumericLiteral') return String(key.value);
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

function stringValue(node: Expression): string | undefined {
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The statements of the namespaces whose block contains the offset, innermost first. */
function enclosingNamespaces(statements: readonly Babel.Statement[], offset: number): Babel.Statement[][] {
  for (const statement of statements) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'TSModuleDeclaration' || declaration.body.type !== 'TSModuleBlock') continue;
    const block = declaration.body;
    if (offset < (block.start ?? 0) || offset > (block.end ?? 0)) continue;
    return [...enclosingNamespaces(block.body, offset), block.body];
  }
  return [];
}

export class SdkLocator {
  private readonly entries = new Map<string, Entry>();
  private readonly graph: ModuleGraph;
  private readonly resolving = new Set<Expression>();
  private rootSite: Site | undefined;
  private visited = false;

  /** The sources are read and followed when first asked about: a definition without problems never needs them. */
  constructor(
    readonly definitionPath: string,
    projectFolder: string,
    readText: ReadText,
  ) {
    this.graph = new ModuleGraph(projectFolder, readText);
  }

  /** Every local file the definition's values were followed into. */
  get files(): string[] {
    this.visitDefinition();
    return this.graph.files;
  }

  /** Where the key or value at `path` is written; the nearest enclosing construct when it is not. */
  locate(path: readonly PathSegment[], part: Part): Location | undefined {
    this.visitDefinition();
    for (let depth = path.length; depth >= 0; depth--) {
      const entry = this.entries.get(pathKey(path.slice(0, depth)));
      if (!entry) continue;
      const exact = depth === path.length;
      const site = (exact && part === 'value') || !entry.key ? entry.value : entry.key;
      return { ...site, exact };
    }
    return this.rootSite && { ...this.rootSite, exact: path.length === 0 };
  }

  /** The innermost key or value written at this offset of this file, with its path. */
  pathAt(file: string, offset: number): { path: PathSegment[]; part: Part; site: Site } | undefined {
    this.visitDefinition();
    let best: { path: PathSegment[]; part: Part; site: Site } | undefined;
    const consider = (site: Site | undefined, path: PathSegment[], part: Part) => {
      if (!site || site.file !== file || offset < site.start || offset > site.end) return;
      if (!best || site.end - site.start < best.site.end - best.site.start) best = { path, part, site };
    };
    for (const entry of this.entries.values()) {
      consider(entry.key, entry.path, 'key');
      consider(entry.value, entry.path, 'value');
    }
    return best;
  }

  /** A read of an interface declaration from the SDK's `interfaces` export, at this offset of this file. */
  sdkInterfacesAccessAt(file: string, offset: number): InterfacesAccess | undefined {
    const module = this.graph.module(file);
    return module?.kind === 'ts' ? sdkInterfacesAccessAt(module.program, offset) : undefined;
  }

  private visitDefinition(): void {
    if (this.visited) return;
    const module = this.graph.module(this.definitionPath);
    const exported = module?.kind === 'ts' ? this.defaultExport(module) : undefined;
    if (exported) {
      this.rootSite = this.site(exported.node, exported.module);
      try {
        const definitionObject = this.definitionObject(exported);
        if (definitionObject) this.visit(definitionObject.node, definitionObject.module, [], undefined);
      } catch (error) {
        // Sources nested beyond the stack: what was located so far stays, the rest falls back.
        if (!(error instanceof RangeError)) throw error;
      }
    }
    this.visited = true;
  }

  private site(node: Expression, module: ModuleFile): Site {
    return { file: module.path, start: node.start ?? 0, end: node.end ?? 0 };
  }

  private record(path: PathSegment[], value: Site, key: Site | undefined): void {
    if (this.entries.size >= maxEntries) return;
    this.entries.set(pathKey(path), { path, key, value });
  }

  private defaultExport(module: ModuleFile & { kind: 'ts' }): Resolved | undefined {
    for (const statement of module.program.body) {
      if (statement.type === 'ExportDefaultDeclaration' && statement.declaration.type !== 'TSDeclareFunction') {
        return { node: statement.declaration, module };
      }
    }
    return undefined;
  }

  /** The object literal given to `new IntegrationDefinition(…)`, through `.extend(…)` chains and identifiers. */
  private definitionObject(start: Resolved): Resolved | undefined {
    let current: Resolved | undefined = start;
    for (let steps = 0; current && steps < 50; steps++) {
      const node = unwrap(current.node);
      if (node.type === 'NewExpression') {
        const argument = node.arguments[0];
        return argument ? this.resolveExpression({ node: argument, module: current.module }) : undefined;
      }
      if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') current = { node: node.callee.object, module: current.module };
      else if (node.type === 'Identifier') {
        const target = this.resolveIdentifier(node.name, current.module, node.start ?? undefined);
        current = target && !('json' in target) ? target : undefined;
      } else return undefined;
    }
    return undefined;
  }

  /** Follows identifiers and member accesses to the expression they stand for, when it is written in a local file. */
  private resolveExpression(start: Resolved): Resolved | undefined {
    let current: Resolved = start;
    for (let steps = 0; steps < 50; steps++) {
      const node = unwrap(current.node);
      let next: Resolved | JsonSite | undefined;
      if (node.type === 'Identifier') next = this.resolveIdentifier(node.name, current.module, node.start ?? undefined);
      else if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') next = this.resolveMember(node.object, node.property.name, current.module);
      else if (node.type === 'CallExpression') next = this.functionResult(node, current.module) ?? { node, module: current.module };
      else return { node, module: current.module };
      if (next && !('json' in next) && next.node === node) return next;
      if (!next || 'json' in next) return undefined;
      current = next;
    }
    return undefined;
  }

  private resolveMember(object: Expression, name: string, module: ModuleFile & { kind: 'ts' }): Resolved | JsonSite | undefined {
    const target = unwrap(object);
    if (target.type === 'Identifier') {
      const namespace = this.namespaceImport(target.name, module);
      if (namespace) return this.exportOf(namespace, name, 0);
    }
    const resolved = this.resolveExpression({ node: object, module });
    if (!resolved) return undefined;
    const container = resolved.node;
    if (container.type === 'TSModuleDeclaration' && container.body.type === 'TSModuleBlock') return this.declarationIn(container.body.body, name, resolved.module);
    if (container.type === 'TSEnumDeclaration') {
      const member = (container.body?.members ?? (container as unknown as { members: Babel.TSEnumMember[] }).members).find((candidate) => propertyName(candidate.id, false) === name);
      return member?.initializer ? { node: member.initializer, module: resolved.module } : undefined;
    }
    // `schema.shape`: the object a `z.object(…)` chain was made from.
    if (container.type === 'CallExpression' && name === 'shape') return this.shapeOf(container, resolved.module);
    if (container.type !== 'ObjectExpression') return undefined;
    for (const property of [...container.properties].reverse()) {
      if (property.type === 'ObjectProperty' && propertyName(property.key, property.computed) === name) return { node: property.value, module: resolved.module };
    }
    return undefined;
  }

  private namespaceImport(name: string, module: ModuleFile & { kind: 'ts' }): ModuleFile | undefined {
    for (const statement of module.program.body) {
      if (statement.type !== 'ImportDeclaration') continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportNamespaceSpecifier' && specifier.local.name === name) return this.importedModule(statement.source.value, module);
      }
    }
    return undefined;
  }

  private importedModule(specifier: string, from: ModuleFile): ModuleFile | undefined {
    const path = this.graph.resolveImport(specifier, from.path);
    return path ? this.graph.module(path) : undefined;
  }

  /**
   * A binding of the module: a const, a namespace, an enum, or an import from a local file; first in
   * the namespaces that enclose `at` (`namespace File { const _fields = …; export const schema = z.object(_fields) }`),
   * innermost first, then at the top level.
   */
  private resolveIdentifier(name: string, module: ModuleFile & { kind: 'ts' }, at?: number): Resolved | JsonSite | undefined {
    for (const block of at === undefined ? [] : enclosingNamespaces(module.program.body, at)) {
      const declared = this.declarationIn(block, name, module);
      if (declared) return declared;
    }
    const declared = this.declarationIn(module.program.body, name, module);
    if (declared) return declared;
    for (const statement of module.program.body) {
      if (statement.type !== 'ImportDeclaration') continue;
      for (const specifier of statement.specifiers) {
        if (specifier.local.name !== name || specifier.type === 'ImportNamespaceSpecifier') continue;
        const imported = this.importedModule(statement.source.value, module);
        if (!imported) return undefined;
        const exportedName = specifier.type === 'ImportDefaultSpecifier' ? 'default' : propertyName(specifier.imported, false);
        return exportedName === undefined ? undefined : this.exportOf(imported, exportedName, 0);
      }
    }
    return undefined;
  }

  /** A `const`, `namespace` or `enum` of this name among the statements (exported or not). */
  private declarationIn(statements: readonly Babel.Statement[], name: string, module: ModuleFile & { kind: 'ts' }): Resolved | undefined {
    for (const statement of statements) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) return { node: declarator.init, module };
        }
      }
      if ((declaration?.type === 'TSModuleDeclaration' || declaration?.type === 'TSEnumDeclaration') && declaration.id.type === 'Identifier' && declaration.id.name === name) {
        return { node: declaration, module };
      }
      if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === name) return { node: declaration, module };
    }
    return undefined;
  }

  private exportOf(module: ModuleFile, name: string, depth: number): Resolved | JsonSite | undefined {
    if (depth > 20) return undefined;
    if (module.kind === 'json') {
      const node = module.root && findNodeAtLocation(module.root, name === 'default' ? [] : [name]);
      return node ? { json: { file: module.path, start: node.offset, end: node.offset + node.length } } : undefined;
    }
    for (const statement of module.program.body) {
      if (name === 'default' && statement.type === 'ExportDefaultDeclaration') return { node: statement.declaration, module };
      if (statement.type !== 'ExportNamedDeclaration' && statement.type !== 'ExportAllDeclaration') continue;
      if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
        const declared = this.declarationIn([statement], name, module);
        if (declared) return declared;
      }
      if (statement.type === 'ExportNamedDeclaration') {
        for (const specifier of statement.specifiers) {
          if (specifier.type !== 'ExportSpecifier' || propertyName(specifier.exported, false) !== name) continue;
          const local = specifier.local.name;
          if (!statement.source) return this.resolveIdentifier(local, module);
          const source = this.importedModule(statement.source.value, module);
          return source ? this.exportOf(source, local, depth + 1) : undefined;
        }
      }
      if (statement.type === 'ExportAllDeclaration') {
        const source = this.importedModule(statement.source.value, module);
        const found = source && this.exportOf(source, name, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** Records where the value at `path` is written, then what is written inside it. */
  private visit(node: Expression, module: ModuleFile & { kind: 'ts' }, path: PathSegment[], key: Site | undefined): void {
    const expression = unwrap(node);
    if (this.resolving.has(expression) || this.entries.size >= maxEntries) return;
    if (expression.type === 'Identifier' || expression.type === 'MemberExpression') {
      const target =
        expression.type === 'Identifier'
          ? this.resolveIdentifier(expression.name, module, expression.start ?? undefined)
          : !expression.computed && expression.property.type === 'Identifier'
            ? this.resolveMember(expression.object, expression.property.name, module)
            : undefined;
      if (target && 'json' in target) return this.record(path, target.json, key);
      if (target) {
        this.resolving.add(expression);
        this.visit(target.node, target.module, path, key);
        this.resolving.delete(expression);
        return;
      }
    }
    if (expression.type === 'CallExpression' && !this.resolving.has(expression)) {
      const result = this.functionResult(expression, module);
      if (result) {
        this.resolving.add(expression);
        this.visit(result.node, result.module, path, key);
        this.resolving.delete(expression);
        // The value itself is shown at the call, which is what this definition writes; what is inside it, in the function.
        this.record(path, this.site(expression, module), key);
        return;
      }
    }
    this.record(path, this.site(expression, module), key);
    if (expression.type === 'ObjectExpression') this.visitProperties(expression, module, path);
    else if (expression.type === 'ArrayExpression') {
      expression.elements.forEach((element, index) => {
        if (element && element.type !== 'SpreadElement') this.visit(element, module, [...path, index], undefined);
      });
    } else if (expression.type === 'CallExpression') this.visitSchemaCall(expression, module, path);
  }

  private visitProperties(object: Babel.ObjectExpression, module: ModuleFile & { kind: 'ts' }, path: PathSegment[]): void {
    for (const property of object.properties) {
      if (property.type === 'SpreadElement') {
        const spread = this.resolveExpression({ node: property.argument, module });
        if (spread?.node.type === 'ObjectExpression' && !this.resolving.has(spread.node)) {
          this.resolving.add(spread.node);
          this.visitProperties(spread.node, spread.module, path);
          this.resolving.delete(spread.node);
        }
        continue;
      }
      const name = propertyName(property.key, property.computed) ?? (property.computed ? this.computedKey(property.key, module) : undefined);
      if (name === undefined) continue;
      const keySite = this.site(property.key, module);
      if (property.type === 'ObjectMethod') this.record([...path, name], this.site(property, module), keySite);
      else this.visit(property.value as Expression, module, [...path, name], keySite);
    }
  }

  /**
   * A zod/zui schema written as a call chain: what each link puts in the JSON Schema that
   * `toJSONSchema` makes of it. Links are read from the outside in, then applied from the inside
   * out, so that a later link (`.describe('b')` after `.describe('a')`, a key `.extend()` overrides)
   * is the one recorded, as it is the one that takes effect.
   */
  private visitSchemaCall(call: Babel.CallExpression, module: ModuleFile & { kind: 'ts' }, path: PathSegment[]): void {
    interface Link {
      method: string;
      args: Expression[];
      module: ModuleFile & { kind: 'ts' };
      isBase: boolean;
    }
    const links: Link[] = [];
    let current: Expression = call;
    let currentModule = module;
    const followed: Expression[] = [];
    let itemsOf: { receiver: Expression; module: ModuleFile & { kind: 'ts' } } | undefined;
    for (let steps = 0; steps < 100; steps++) {
      current = unwrap(current);
      if (current.type === 'Identifier' || current.type === 'MemberExpression') {
        // A schema kept in a const (`const user = z.object({…})`): its links count as this one's.
        const resolved = this.resolveExpression({ node: current, module: currentModule });
        if (!resolved || resolved.node.type !== 'CallExpression' || followed.includes(resolved.node)) break;
        followed.push(resolved.node);
        current = resolved.node;
        currentModule = resolved.module;
        continue;
      }
      if (current.type === 'CallExpression' && current.callee.type !== 'MemberExpression') {
        const result = this.functionResult(current, currentModule);
        if (!result || followed.includes(result.node)) break;
        followed.push(result.node);
        current = result.node;
        currentModule = result.module;
        continue;
      }
      if (current.type !== 'CallExpression' || current.callee.type !== 'MemberExpression' || current.callee.property.type !== 'Identifier') break;
      const receiver = current.callee.object;
      const isBase = !this.isSchemaExpression(receiver, currentModule);
      const method = current.callee.property.name;
      if (method === 'array' && !isBase) {
        itemsOf = { receiver, module: currentModule };
        break;
      }
      links.push({ method, args: current.arguments as Expression[], module: currentModule, isBase });
      if (isBase) break;
      current = receiver;
    }
    if (itemsOf) this.visit(itemsOf.receiver, itemsOf.module, [...path, 'items'], undefined);
    // `.nullable()` makes `{ anyOf: [schema, { type: 'null' }] }` of what is inside it, and so does
    // `.optional()` where it is not an object's property (the legacy transformer keeps both in
    // place): the inner links are recorded at both paths.
    const wrappedAt = links.findIndex((link) => (link.method === 'nullable' || link.method === 'optional') && !link.isBase);
    if (wrappedAt >= 0) this.applyLinks(links.slice(wrappedAt + 1), [...path, 'anyOf', 0]);
    this.applyLinks(links, path);
  }

  /** Applies the links of a chain (given outermost first) from the inside out. */
  private applyLinks(links: ReadonlyArray<{ method: string; args: Expression[]; module: ModuleFile & { kind: 'ts' }; isBase: boolean }>, path: PathSegment[]): void {
    for (const { method, args, module: linkModule, isBase } of [...links].reverse()) {
      const [first, second] = args;
      switch (method) {
        case 'describe':
          if (first) this.visitLeaf(first, linkModule, [...path, 'description']);
          break;
        case 'title':
          if (first) this.visitLeaf(first, linkModule, [...path, 'x-zui', 'title']);
          break;
        case 'object':
        case 'strictObject':
        case 'looseObject':
        case 'extend':
          if (first) this.visitShape(first, linkModule, [...path, 'properties']);
          break;
        case 'merge':
          if (first) this.visitMergedSchema(first, linkModule, path);
          break;
        case 'array':
          if (isBase && first) this.visit(first, linkModule, [...path, 'items'], undefined);
          break;
        case 'record':
          if (isBase && (second ?? first)) this.visit((second ?? first)!, linkModule, [...path, 'additionalProperties'], undefined);
          break;
        case 'enum':
          if (isBase && first) this.visit(first, linkModule, [...path, 'enum'], undefined);
          break;
        case 'default':
          if (first) this.visitLeaf(first, linkModule, [...path, 'default']);
          break;
        case 'union':
          if (isBase && first) this.visitMembers(first, linkModule, [...path, 'anyOf']);
          break;
        case 'discriminatedUnion':
          // `oneOf` by default, `anyOf` with the legacy transformer.
          if (isBase && second) {
            this.visitMembers(second, linkModule, [...path, 'oneOf']);
            this.visitMembers(second, linkModule, [...path, 'anyOf']);
          }
          break;
      }
    }
  }

  /** The schemas of `z.union([…])` and `z.discriminatedUnion(key, […])`, one per index. */
  private visitMembers(list: Expression, module: ModuleFile & { kind: 'ts' }, path: PathSegment[]): void {
    const resolved = this.resolveExpression({ node: list, module });
    if (resolved?.node.type !== 'ArrayExpression') return;
    resolved.node.elements.forEach((element, index) => {
      if (element && element.type !== 'SpreadElement') this.visit(element, resolved.module, [...path, index], undefined);
    });
  }

  /**
   * Whether a call's receiver is itself a schema (a call, or a const holding one in a local file)
   * rather than the namespace the schema starts from (`z`, `sdk.z`).
   */
  private isSchemaExpression(receiver: Expression, module: ModuleFile & { kind: 'ts' }): boolean {
    const node = unwrap(receiver);
    if (node.type === 'CallExpression') return true;
    if (node.type !== 'Identifier' && node.type !== 'MemberExpression') return false;
    const resolved = this.resolveExpression({ node, module });
    return resolved !== undefined && resolved.node.type === 'CallExpression';
  }

  private visitShape(shape: Expression, module: ModuleFile & { kind: 'ts' }, path: PathSegment[]): void {
    const resolved = this.resolveExpression({ node: shape, module });
    if (resolved?.node.type === 'ObjectExpression') this.visitProperties(resolved.node, resolved.module, path);
  }

  /** `.merge(otherSchema)`: the other schema's properties join this one's. */
  private visitMergedSchema(schema: Expression, module: ModuleFile & { kind: 'ts' }, path: PathSegment[]): void {
    const resolved = this.resolveExpression({ node: schema, module });
    if (resolved?.node.type === 'CallExpression' && !this.resolving.has(resolved.node)) {
      this.resolving.add(resolved.node);
      this.visitSchemaCall(resolved.node, resolved.module, path);
      this.resolving.delete(resolved.node);
    }
  }

  /**
   * What a call of a local function returns (`...ISSUE_OR_PR('pull request')`, `z.object(USER_OR_ORG('owner'))`):
   * its expression body or its first `return`. Parameters stay unbound: values that depend on them are
   * placed at the expression that uses them.
   */
  private functionResult(call: Babel.CallExpression, module: ModuleFile & { kind: 'ts' }): Resolved | undefined {
    const callee = unwrap(call.callee);
    if (callee.type !== 'Identifier' && callee.type !== 'MemberExpression') return undefined;
    const resolved = this.resolveExpression({ node: callee, module });
    const fn = resolved?.node;
    if (!resolved || !fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration')) return undefined;
    if (fn.body.type !== 'BlockStatement') return { node: fn.body, module: resolved.module };
    const returned = fn.body.body.find((statement): statement is Babel.ReturnStatement => statement.type === 'ReturnStatement');
    return returned?.argument ? { node: returned.argument, module: resolved.module } : undefined;
  }

  /** The shape object of a `z.object({…})` chain, through the links after it (`.title()`, `.describe()`…). */
  private shapeOf(call: Babel.CallExpression, module: ModuleFile & { kind: 'ts' }): Resolved | undefined {
    let current: Expression = call;
    for (let steps = 0; steps < 50; steps++) {
      current = unwrap(current);
      if (current.type !== 'CallExpression' || current.callee.type !== 'MemberExpression' || current.callee.property.type !== 'Identifier') return undefined;
      const method = current.callee.property.name;
      if (method === 'object' || method === 'strictObject' || method === 'looseObject') {
        const shape = current.arguments[0];
        return shape ? this.resolveExpression({ node: shape, module }) : undefined;
      }
      current = current.callee.object;
    }
    return undefined;
  }

  /** `[EventType.CardCreated]`: the string an enum member or a const stands for. */
  private computedKey(key: Expression, module: ModuleFile & { kind: 'ts' }): string | undefined {
    const resolved = this.resolveExpression({ node: key, module });
    return resolved ? stringValue(resolved.node) : undefined;
  }

  /** A value that is a literal (or leads to one), recorded without looking inside. */
  private visitLeaf(node: Expression, module: ModuleFile & { kind: 'ts' }, path: PathSegment[]): void {
    const direct = unwrap(node);
    if (stringValue(direct) !== undefined) return this.record(path, this.site(direct, module), undefined);
    this.visit(node, module, path, undefined);
  }
}
