// Limits the platform enforces beyond the JSON Schema, from their one source: schemas/platform-limits.json.
import limits from '../../../schemas/platform-limits.json';

export type PlatformLimit = Exclude<keyof typeof limits, '$comment'>;

export function platformLimit(name: PlatformLimit): number {
  return limits[name];
}
