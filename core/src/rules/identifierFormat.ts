import type { ObjectNode } from '../parse/ast';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { camelCaseMaps, type NamedMap } from './camelCaseMaps';
import { isCamelCase } from './casing';
import { identifierLimits, type IdentifierProblems, identifierProblems } from './identifierProblems';
import { effectiveProperties, matchPattern } from './pathPattern';
import type { Rule } from './rule';

/** Which keys the API checks as identifiers is inferred: the keys it stores things by. */
const identifierMaps: readonly (NamedMap & { camelCase: boolean })[] = [
  ...camelCaseMaps.map(({ pattern, noun }) => ({ pattern, noun, camelCase: true })),
  { pattern: ['entities'], noun: 'Entity', camelCase: false },
];

/**
 * The problems the camelCase rule does not already report as an error: it refuses any character
 * other than ASCII letters and digits, and a capital or a symbol first, but accepts a digit first
 * and has no length limits.
 */
function beyondCamelCase({ length, start }: IdentifierProblems): IdentifierProblems {
  return { length, start: start !== undefined && isCamelCase(start) ? start : undefined };
}

function reasonsOf({ length, start, character }: IdentifierProblems): string[] {
  return [
    ...(length !== undefined ? [`is ${length} character${length === 1 ? '' : 's'}`] : []),
    ...(start !== undefined ? [`starts with "${start}"`] : []),
    ...(character !== undefined ? [`contains "${character}"`] : []),
  ];
}

function identifierWarnings(object: ObjectNode, noun: string, camelCase: boolean): ServiceDiagnostic[] {
  const { min, max } = identifierLimits();
  return effectiveProperties(object).flatMap(({ key }) => {
    const problems = identifierProblems(key.value);
    const reasons = reasonsOf(camelCase ? beyondCamelCase(problems) : problems);
    if (reasons.length === 0) return [];
    return [
      {
        offset: key.offset,
        length: key.length,
        severity: Severity.Warning,
        code: 'identifier-format',
        message:
          `${noun} key "${key.value}" ${reasons.join(' and ')}; identifiers start with a lowercase letter and have ${min} to ${max} characters, ` +
          'ASCII letters and digits only. The API may refuse it with InvalidIdentifier.',
      },
    ];
  });
}

/** Keys the platform stores things by are identifiers; a warning, since which keys the API checks is inferred. */
export const identifierFormat: Rule = ({ root }) =>
  identifierMaps.flatMap(({ pattern, noun, camelCase }) =>
    matchPattern(root, pattern).flatMap(({ node }) => (node.type === 'object' ? identifierWarnings(node, noun, camelCase) : [])),
  );
