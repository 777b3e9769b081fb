// What an evaluation left running, from `process.getActiveResourcesInfo()` taken before the user's
// module ran and after the body was built: each kind of resource (`Timeout`, `ChildProcess`,
// `TCPSocketWrap`, `FSReqCallback`, …) there is more of.
export function resourcesLeftBehind(before: readonly string[], after: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const resource of before) counts.set(resource, (counts.get(resource) ?? 0) + 1);
  const added = new Set<string>();
  for (const resource of after) {
    const left = counts.get(resource) ?? 0;
    if (left > 0) counts.set(resource, left - 1);
    else added.add(resource);
  }
  return [...added];
}
