import { codePointLength } from '../stringLength';
import { platformLimit } from './platformLimits';

/** Why a name is not an identifier of the API (`^[a-z][a-zA-Z0-9]{1,99}$`, error InvalidIdentifier); empty when it is one. */
export interface IdentifierProblems {
  /** Its length in characters, when outside the limits. */
  length?: number;
  /** Its first character, when not a lowercase letter. */
  start?: string;
  /** Its first character after the first one that is not an ASCII letter or digit. */
  character?: string;
}

export function identifierLimits(): { min: number; max: number } {
  return { min: platformLimit('identifier_min_length'), max: platformLimit('identifier_max_length') };
}

export function identifierProblems(name: string): IdentifierProblems {
  const length = codePointLength(name);
  const { min, max } = identifierLimits();
  const problems: IdentifierProblems = {};
  if (length < min || length > max) problems.length = length;
  if (name === '') return problems;
  const start = String.fromCodePoint(name.codePointAt(0) ?? 0);
  if (!/^[a-z]$/.test(start)) problems.start = start;
  // With the u flag a surrogate pair is one character and a lone surrogate another, as when spreading the string.
  const character = /[^a-zA-Z0-9]/u.exec(name.slice(start.length))?.[0];
  if (character !== undefined) problems.character = character;
  return problems;
}
