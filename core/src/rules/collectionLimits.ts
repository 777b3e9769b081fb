import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { anyKey, effectiveProperties, matchPattern, type PathPattern } from './pathPattern';
import { type PlatformLimit, platformLimit } from './platformLimits';
import type { Rule } from './rule';
import { propertyPatternsNamed } from './schemaPatterns';

interface CountedMap {
  patterns: readonly PathPattern[];
  limit: PlatformLimit;
  code: string;
  noun: string;
}

const countedMaps: readonly CountedMap[] = [
  { patterns: [['channels']], limit: 'integration_channel_count', code: 'too-many-channels', noun: 'channels' },
  { patterns: [['channels', anyKey, 'messages']], limit: 'integration_channel_message_type_count', code: 'too-many-messages', noun: 'message types in this channel' },
  { patterns: [['events']], limit: 'event_definition_count', code: 'too-many-events', noun: 'events' },
  { patterns: [['states']], limit: 'state_definition_count', code: 'too-many-states', noun: 'states' },
  { patterns: [['secrets']], limit: 'bot_integration_secret_count', code: 'too-many-secrets', noun: 'secrets' },
  { patterns: propertyPatternsNamed('tags'), limit: 'tag_definition_count', code: 'too-many-tags', noun: 'tags' },
];

/** Counts of definitions over the platform's limits, at the key of the map that holds them. */
export const collectionLimits: Rule = ({ root }) => {
  const diagnostics: ServiceDiagnostic[] = [];
  for (const { patterns, limit: limitName, code, noun } of countedMaps) {
    const limit = platformLimit(limitName);
    for (const { node, property } of patterns.flatMap((pattern) => matchPattern(root, pattern))) {
      if (node.type !== 'object' || !property) continue;
      const count = effectiveProperties(node).length;
      if (count <= limit) continue;
      diagnostics.push({
        offset: property.key.offset,
        length: property.key.length,
        severity: Severity.Warning,
        code,
        message: `${count} ${noun}; the platform allows at most ${limit}.`,
        data: { limit, count },
      });
    }
  }
  return diagnostics;
};
