// Keys the SDK itself puts in the body, which `bp deploy` sends and the API drops or accepts: not the
// user's mistakes, so not reported (see shared platform rules, "Unknown keys").
import type { PathSegment } from '../parse/ast';

const renamedByExtend = new Set(['actions', 'events', 'channels']);

function isSdkKey(path: readonly PathSegment[], code: string): boolean {
  const [section, , field] = path;
  if (code === 'unknown-property') {
    const key = path.at(-1);
    // A legacy `ui` is `bp lint`'s business, not a typo.
    if (key === 'ui') return true;
    // `.extend()` keeps the new `name` of a renamed interface action, event or channel.
    if (path.length === 3 && renamedByExtend.has(String(section)) && field === 'name') return true;
    // Interface entries carry the interface's `name` and `version`; `bp deploy` looks the id up by them.
    if (path.length === 3 && section === 'interfaces' && (field === 'name' || field === 'version')) return true;
  }
  return false;
}

/** A problem as the core names it: where, and which check. */
interface DiagnosticLike {
  path: readonly PathSegment[];
  code: string;
  data?: Record<string, unknown>;
}

/** The interface id is filled in by the API lookup at deploy time, not written in the definition. */
function isDeployTimeField(diagnostic: DiagnosticLike): boolean {
  return diagnostic.code === 'missing-property' && diagnostic.path[0] === 'interfaces' && diagnostic.path.length === 2 && diagnostic.data?.property === 'id';
}

export function isExpectedOfSdk(diagnostic: DiagnosticLike): boolean {
  return isSdkKey(diagnostic.path, diagnostic.code) || isDeployTimeField(diagnostic);
}
