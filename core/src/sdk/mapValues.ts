/** A record with each value mapped, the mappings run together, the keys in their order. */
export async function mapValues<T, R>(record: Record<string, T>, map: (value: T, key: string) => Promise<R>): Promise<Record<string, R>> {
  const entries = await Promise.all(Object.entries(record).map(async ([key, value]) => [key, await map(value, key)] as const));
  return Object.fromEntries(entries);
}
