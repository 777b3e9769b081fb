// "Did you mean …?" for misspelt keys.

/**
 * The edit distance of a and b, or a number above `limit` once every way is past it: a row of the
 * table never has a smaller minimum than the row before, so the rest cannot come back under it.
 */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Int32Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      smallest = Math.min(smallest, current[j]);
    }
    if (smallest > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** The closest candidate, when it is close enough to be a plausible typo. */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  const lowered = name.toLowerCase();
  const tolerance = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Lengths this far apart cannot be within the tolerance: no need to compare (a pasted blob as a key stays cheap).
    if (Math.abs(candidate.length - name.length) > tolerance) continue;
    const distance = editDistance(lowered, candidate.toLowerCase(), tolerance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= tolerance ? best : undefined;
}
