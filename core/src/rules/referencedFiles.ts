import { findProperty, type StringNode } from '../parse/ast';
import { definitionSchema } from '../schemas';
import { classifyPath, type RelativePath } from './relativePath';
import type { RuleContext } from './rule';

export interface FileReference {
  /** The definition's key, such as `icon`. */
  field: string;
  /** The path as written, a string value. */
  node: StringNode;
  /** Extensions the schema allows (`x-file-extensions`), such as `.svg`. */
  extensions: readonly string[];
  location: RelativePath;
}

/** The top-level fields that name a file, read from the schema's `x-file-extensions`. */
const fileFields: readonly { field: string; extensions: readonly string[] }[] = Object.entries(definitionSchema.properties ?? {}).flatMap(
  ([field, schema]) => (schema['x-file-extensions'] ? [{ field, extensions: schema['x-file-extensions'] }] : []),
);

export function fileReferences(context: RuleContext): FileReference[] {
  if (context.root.type !== 'object') return [];
  const references: FileReference[] = [];
  for (const { field, extensions } of fileFields) {
    const node = findProperty(context.root, field)?.value;
    if (node?.type === 'string') references.push({ field, node, extensions, location: classifyPath(node.value) });
  }
  return references;
}

export function hasAllowedExtension(reference: FileReference): boolean {
  const path = reference.node.value.toLowerCase();
  return reference.extensions.some((extension) => path.endsWith(extension.toLowerCase()));
}
