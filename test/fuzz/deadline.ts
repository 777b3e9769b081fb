import { responseLimitMs } from './fuzzSettings';

/** The answer, or a rejection naming what did not arrive within the response limit. */
export function within<T>(answer: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${responseLimitMs} ms`)), responseLimitMs);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}
