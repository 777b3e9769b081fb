// `--evaluation-time-limit <seconds>`: the CPU time evaluating an SDK definition may take, as the
// editor's integrationStudio.evaluationTimeLimit says it.
import { evaluationTimeLimitFlag, evaluationTimeLimitMsOf, evaluationTimeLimitRange } from '../../core/src';
import { UsageError } from './usageError';

export const evaluationTimeLimitOption = { 'evaluation-time-limit': { type: 'string' } } as const;

/** In ms; undefined when not given (the evaluator's default). */
export function evaluationTimeLimitArgument(seconds: string | undefined): number | undefined {
  if (seconds === undefined) return undefined;
  const limitMs = evaluationTimeLimitMsOf(seconds);
  if (limitMs === undefined) {
    const { minimum, maximum } = evaluationTimeLimitRange;
    throw new UsageError(`${evaluationTimeLimitFlag} must be a number of seconds from ${minimum} to ${maximum}, not "${seconds}".`);
  }
  return limitMs;
}
