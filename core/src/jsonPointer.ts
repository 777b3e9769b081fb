// JSON Pointers (RFC 6901), as ajv reports where a problem is, turned into paths of the tree.
import { type AstNode, nodeAtPath, type PathSegment } from './parse/ast';

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer's path below `start`, with numbers where the tree has arrays. */
export function treePath(start: AstNode, pointer: string): PathSegment[] {
  const segments = pointerSegments(pointer);
  return segments.map((segment, index) => (nodeAtPath(start, segments.slice(0, index))?.type === 'array' ? Number(segment) : segment));
}
