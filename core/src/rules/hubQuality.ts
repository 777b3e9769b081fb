import { findProperty, type JsonValue } from '../ast';
import { type ServiceDiagnostic, Severity } from '../diagnostic';
import { schemaAtPath } from '../schemaLookup';
import { anyKey, matchPattern, type PathPattern } from './pathPattern';
import type { Rule } from './rule';
import { propertyPatternsNamed } from './schemaPatterns';

interface HubCheck {
  /** The objects that should carry the text. */
  owners: readonly PathPattern[];
  field: string;
  code: string;
  /** How the message names an owner, from its path. */
  subject: (path: readonly string[]) => string;
}

const parameterPatterns: PathPattern[] = ['input', 'output'].map((side) => ['actions', anyKey, side, 'schema', 'properties', anyKey]);
const configurationFieldPatterns: PathPattern[] = [
  ['configuration', 'schema', 'properties', anyKey],
  ['configurations', anyKey, 'schema', 'properties', anyKey],
];
const tagPatterns: PathPattern[] = propertyPatternsNamed('tags').map((pattern) => [...pattern, anyKey]);

const named = (noun: string) => (path: readonly string[]) => `${noun} "${path.at(-1)}"`;
const integration = () => 'The integration';
const parameter = (path: readonly string[]) => `${path[2] === 'input' ? 'Input parameter' : 'Output field'} "${path.at(-1)}" of action "${path[1]}"`;

/** What `bp lint` asks of an integration on the Botpress hub. */
const hubChecks: readonly HubCheck[] = [
  { owners: [[]], field: 'title', code: 'hub-integration-title', subject: integration },
  { owners: [[]], field: 'description', code: 'hub-integration-description', subject: integration },
  { owners: [[]], field: 'icon', code: 'hub-integration-icon', subject: integration },
  { owners: [[]], field: 'readme', code: 'hub-integration-readme', subject: integration },
  { owners: [['actions', anyKey]], field: 'description', code: 'hub-action-description', subject: named('Action') },
  { owners: parameterPatterns, field: 'description', code: 'hub-parameter-description', subject: parameter },
  { owners: [['events', anyKey]], field: 'title', code: 'hub-event-title', subject: named('Event') },
  { owners: [['events', anyKey]], field: 'description', code: 'hub-event-description', subject: named('Event') },
  { owners: configurationFieldPatterns, field: 'title', code: 'hub-configuration-field-title', subject: named('Configuration field') },
  { owners: configurationFieldPatterns, field: 'description', code: 'hub-configuration-field-description', subject: named('Configuration field') },
  { owners: [['secrets', anyKey]], field: 'description', code: 'hub-secret-description', subject: named('Secret') },
  { owners: [['channels', anyKey]], field: 'description', code: 'hub-channel-description', subject: named('Channel') },
  { owners: tagPatterns, field: 'description', code: 'hub-tag-description', subject: named('Tag') },
];

/** Hub quality matters for integrations the hub lists: `visibility: public` (or the deprecated `public: true`). */
function isListedOnHub(definition: JsonValue): boolean {
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) return false;
  return definition.visibility === 'public' || (definition.visibility === undefined && definition.public === true);
}

/**
 * Missing or blank hub texts, as information: at the owner's key when the text is missing, at the
 * value when it is blank. A blank the definition schema already rejects (`minLength`) is left to it.
 */
export const hubQuality: Rule = ({ root, value: definition }) => {
  if (!isListedOnHub(definition)) return [];
  const diagnostics: ServiceDiagnostic[] = [];
  for (const { owners, field, code, subject } of hubChecks) {
    for (const owner of owners.flatMap((pattern) => matchPattern(root, pattern))) {
      if (owner.node.type !== 'object') continue;
      const value = findProperty(owner.node, field)?.value;
      let target: { offset: number; length: number };
      if (!value) {
        target = owner.property?.key ?? { offset: owner.node.offset, length: 1 };
      } else if (value.type === 'string' && value.value.trim() === '') {
        if (value.value.length < (schemaAtPath([...owner.path, field])?.minLength ?? 0)) continue;
        target = value;
      } else {
        continue;
      }
      diagnostics.push({
        offset: target.offset,
        length: target.length,
        severity: Severity.Information,
        code,
        message: `${subject(owner.path)} has no ${field}; add one for the Botpress hub.`,
        data: { property: field },
      });
    }
  }
  return diagnostics;
};
