/** Milliseconds with the precision that matters at their size. */
export function milliseconds(value: number): string {
  return value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** How many times `slower` takes as long as `faster`. */
export function ratio(slower: number, faster: number): string {
  return `${(slower / faster).toFixed(slower / faster < 10 ? 2 : 1)}×`;
}

export function kilobytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${(bytes / 1000).toFixed(1)} KB`;
}
