// Whether a handle typed by the user can be claimed at all, checked before the API is asked:
// both checkHandleAvailability and updateWorkspace must accept it (schemas/workspaceHandle.schema.json).
import handleSchemaJson from '../../../../schemas/workspaceHandle.schema.json';

interface HandleRule {
  minLength: number;
  maxLength: number;
  pattern: string;
}

const rules = (handleSchemaJson as { allOf: HandleRule[] }).allOf;

/** Why `handle` is not a workspace handle the API accepts; undefined when it is one. */
export function workspaceHandleProblem(handle: string): string | undefined {
  for (const { minLength, maxLength, pattern } of rules) {
    if (handle.length < minLength) return 'Type a handle.';
    if (handle.length > maxLength) return `A workspace handle has at most ${maxLength} characters; this one has ${handle.length}.`;
    if (!new RegExp(pattern).test(handle)) return `A workspace handle matches ${pattern}: lowercase letters, digits, "-" and "_", beginning and ending with a letter or a digit.`;
  }
  return undefined;
}
