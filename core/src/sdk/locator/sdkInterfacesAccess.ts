// Reads of the interface declarations @botpress/sdk exported from 0.8.29 to 0.11 (`interfaces.listable`
// after `import { interfaces } from '@botpress/sdk'`, `sdk.interfaces.listable` after
// `import * as sdk from '@botpress/sdk'`), found at an offset of a TypeScript file.
import type * as Babel from '@babel/types';

const sdkPackage = '@botpress/sdk';

export interface InterfacesAccess {
  /** The member expression, `interfaces.listable` or `sdk.interfaces.listable`. */
  start: number;
  end: number;
  /** The interface read: `listable`. */
  name: string;
}

/** Local names the SDK's `interfaces` export is imported as, and names its whole module is imported as. */
function sdkImports(program: Babel.Program): { interfaces: Set<string>; modules: Set<string> } {
  const interfaces = new Set<string>();
  const modules = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== sdkPackage) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier') {
        const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
        if (imported === 'interfaces') interfaces.add(specifier.local.name);
      } else modules.add(specifier.local.name);
    }
  }
  return { interfaces, modules };
}

/** The nodes that contain the offset, outermost first. */
function nodesAt(root: Babel.Node, offset: number): Babel.Node[] {
  const path: Babel.Node[] = [];
  let current: Babel.Node | undefined = root;
  while (current) {
    path.push(current);
    let inner: Babel.Node | undefined;
    for (const [key, value] of Object.entries(current)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        const node = child as Babel.Node | null;
        if (node && typeof node.type === 'string' && (node.start ?? 0) <= offset && offset < (node.end ?? 0)) inner = node;
      }
    }
    current = inner;
  }
  return path;
}

/** The innermost `interfaces.X` / `sdk.interfaces.X` (X named, not computed) that contains the offset, when `interfaces` is the SDK's. */
export function sdkInterfacesAccessAt(program: Babel.Program, offset: number): InterfacesAccess | undefined {
  const { interfaces, modules } = sdkImports(program);
  if (interfaces.size === 0 && modules.size === 0) return undefined;
  const isSdkInterfaces = (node: Babel.Node): boolean =>
    (node.type === 'Identifier' && interfaces.has(node.name)) ||
    (node.type === 'MemberExpression' &&
      !node.computed &&
      node.object.type === 'Identifier' &&
      modules.has(node.object.name) &&
      node.property.type === 'Identifier' &&
      node.property.name === 'interfaces');
  for (const node of nodesAt(program, offset).reverse()) {
    if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier' || !isSdkInterfaces(node.object)) continue;
    return { start: node.start ?? 0, end: node.end ?? 0, name: node.property.name };
  }
  return undefined;
}
