// The places a cursor can be in a definition, shared by the JSON and YAML cursors and by completion.
import type { AstNode, ObjectNode, PathSegment, PropertyNode } from '../parse/ast';
import type { TextSpan } from '../textLayout';

/** The cursor is where a key is written: a new key, or the key under it. */
export interface KeyCursor {
  kind: 'key';
  /** Path of the object the key belongs to. */
  objectPath: PathSegment[];
  /** That object, or undefined when the key starts it (a YAML block under `key:`, an empty document). */
  object: ObjectNode | undefined;
  /** The property whose key is under the cursor, when an existing key is edited. */
  property: PropertyNode | undefined;
  /** What a chosen key replaces: the partial key (with its quotes), or an empty span at the cursor. */
  replace: TextSpan;
  /** A colon already follows, so only the key itself is written. */
  colonFollows: boolean;
  /** JSON, or a YAML flow collection: values are written inline and separated by commas. */
  flow: boolean;
}

/** The cursor is where a value is written: on a scalar, or at an empty value position. */
export interface ValueCursor {
  kind: 'value';
  path: PathSegment[];
  /** The scalar under the cursor; undefined at an empty value position. */
  node: AstNode | undefined;
  replace: TextSpan;
  flow: boolean;
}

export type Cursor = KeyCursor | ValueCursor;
