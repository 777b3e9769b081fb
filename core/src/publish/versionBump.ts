// After AlreadyExists, the next patch version, and before a likely breaking change, the next major
// version, written into the definition where the version is.
import { dirname } from 'node:path';
import { isSdkDefinition } from '../definitionFiles';
import { findProperty, languageOf, parseDefinition } from '../languageService';
import { SdkLocator } from '../sdk/locator/sdkLocator';

export interface TextReplacement {
  offset: number;
  length: number;
  newText: string;
}

const releaseVersion = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:[-+].*)?$/;

/** `1.2.3` → `1.2.4`; a pre-release or build suffix is dropped. Undefined when the version is not semver. */
export function nextPatchVersion(version: string): string | undefined {
  const match = releaseVersion.exec(version);
  if (!match) return undefined;
  const [, major, minor, patch] = match;
  return `${major}.${minor}.${BigInt(patch) + 1n}`;
}

/** `1.2.3` → `2.0.0`; undefined when the version is not semver. */
export function nextMajorVersion(version: string): string | undefined {
  const major = majorVersion(version);
  return major === undefined ? undefined : `${major + 1}.0.0`;
}

/** `1.2.3` → 1; undefined when the version is not semver. */
export function majorVersion(version: string): number | undefined {
  const match = releaseVersion.exec(version);
  return match ? Number(match[1]) : undefined;
}

/** Which part of the version a bump raises. */
export type VersionBump = 'patch' | 'major';

const nextVersion = (version: string, bump: VersionBump) => (bump === 'major' ? nextMajorVersion(version) : nextPatchVersion(version));

/** In an SDK definition, the `version` string literal, when the definition file itself writes it. */
function sdkVersionBumpEdit(text: string, fileName: string, bump: VersionBump): { version: string; edit: TextReplacement } | undefined {
  const location = new SdkLocator(fileName, dirname(fileName), (path) => (path === fileName ? text : undefined)).locate(['version'], 'value');
  if (!location?.exact || location.file !== fileName) return undefined;
  const literal = text.slice(location.start, location.end);
  const quote = literal[0];
  if (!/^["'`]/.test(literal) || literal.at(-1) !== quote) return undefined;
  const version = nextVersion(literal.slice(1, -1), bump);
  return version ? { version, edit: { offset: location.start, length: literal.length, newText: `${quote}${version}${quote}` } } : undefined;
}

/** The edit that replaces the definition's `version` value with the next patch (or major) version. */
export function versionBumpEdit(text: string, fileName: string, bump: VersionBump = 'patch'): { version: string; edit: TextReplacement } | undefined {
  if (isSdkDefinition(fileName)) return sdkVersionBumpEdit(text, fileName, bump);
  const language = languageOf(fileName);
  const { root } = parseDefinition(text, language);
  if (root?.type !== 'object') return undefined;
  const value = findProperty(root, 'version')?.value;
  if (value?.type !== 'string') return undefined;
  const version = nextVersion(value.value, bump);
  if (!version) return undefined;
  // A YAML plain scalar stays plain (a version needs no quotes); JSON, and quoted YAML, get JSON quotes.
  const quoted = text[value.offset] === '"' || text[value.offset] === "'";
  const newText = language === 'json' || quoted ? JSON.stringify(version) : version;
  return { version, edit: { offset: value.offset, length: value.length, newText } };
}
