import { responseLimitMs } from './fuzzSettings';

/** A server that misses the limit once is likely stuck: the cases after it would only repeat this. */
export class LateAnswer extends Error {}

/** The answer, or a LateAnswer naming what did not arrive within the response limit. */
export function within<T>(answer: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LateAnswer(`${what}: no answer within ${responseLimitMs} ms`)), responseLimitMs);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}
