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
  const characters = [...name];
  const { min, max } = identifierLimits();
  const problems: IdentifierProblems = {};
  if (characters.length < min || characters.length > max) problems.length = characters.length;
  if (characters.length > 0 && !/^[a-z]$/.test(characters[0])) problems.start = characters[0];
  const character = characters.slice(1).find((char) => !/^[a-zA-Z0-9]$/.test(char));
  if (character !== undefined) problems.character = character;
  return problems;
}
