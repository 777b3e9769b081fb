// The updateIntegration body for a deployed integration, as `bp deploy` makes it
// (packages/cli/src/api/integration-body.ts, prepareUpdateIntegrationBody): what the deployed
// version has and the definition no longer has is sent as `null`, so that the update removes it;
// scripts the definition dropped are cleared. Then, as @botpress/client does, only the fields of
// the updateIntegration body are kept (no name, version or dev: they identify the integration).
import { updateRequestSchema } from '../../schemas';
import type { CreateIntegrationBody } from './createIntegrationBody';
import type { DeployedIntegration } from '../api/integrationLookup';

type Item = Record<string, unknown>;
type Items = Record<string, unknown>;

export type UpdateIntegrationBody = Record<string, unknown>;

const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);
const items = (value: unknown): Items => (isItem(value) ? value : {});

/** `record`, plus `null` for each key of `old` that `record` has no (truthy) value for. */
function setNullOnMissingValues(record: unknown, old: unknown): Items {
  const result: Items = { ...items(record) };
  for (const key of Object.keys(items(old))) {
    if (!items(record)[key]) result[key] = null;
  }
  return result;
}

/** Actions and events kept by the definition also get `null` for the attributes they lost. */
function withAttributeNulls(local: Items, remote: unknown): Items {
  const result = structuredClone(local);
  for (const [name, item] of Object.entries(result)) {
    const deployed = items(remote)[name];
    if (!isItem(item) || !isItem(deployed)) continue;
    item.attributes = setNullOnMissingValues(item.attributes, deployed.attributes);
  }
  return result;
}

function channelsBody(local: Items, remote: unknown): Items {
  const result: Items = {};
  for (const name of new Set([...Object.keys(local), ...Object.keys(items(remote))])) {
    const channel = local[name] ?? null;
    const deployed = items(remote)[name] ?? null;
    if (isItem(channel) && isItem(deployed)) result[name] = channelBody(channel, deployed);
    else if (channel) result[name] = channel;
    else if (deployed) result[name] = null;
  }
  return result;
}

function channelBody(channel: Item, deployed: Item): Item {
  const message = items(channel.message);
  const conversation = items(channel.conversation);
  return {
    ...channel,
    messages: setNullOnMissingValues(channel.messages, deployed.messages),
    message: { ...message, tags: setNullOnMissingValues(message.tags, items(deployed.message).tags) },
    conversation: { ...conversation, tags: setNullOnMissingValues(conversation.tags, items(deployed.conversation).tags) },
  };
}

/**
 * A link template or identifier script the deployed version has and the definition dropped is sent
 * as `null` (`_maybeRemoveVrlScripts`). Its loop over `configurations` is left out: `bp deploy`
 * replaces those by the ones built from the definition afterwards, so its body never clears them.
 */
function withDroppedScriptsCleared(local: Item, remote: DeployedIntegration): Item {
  const result = structuredClone(local);
  const deployedConfiguration = items(remote.configuration);
  if (items(deployedConfiguration.identifier).linkTemplateScript && !items(items(local.configuration).identifier).linkTemplateScript) {
    const configuration = isItem(result.configuration) ? result.configuration : (result.configuration = structuredClone(deployedConfiguration));
    const identifier = isItem(configuration.identifier) ? configuration.identifier : (configuration.identifier = structuredClone(items(deployedConfiguration.identifier)));
    identifier.linkTemplateScript = null;
    identifier.required = false;
  }
  const deployedIdentifier = items(remote.identifier);
  for (const script of ['extractScript', 'fallbackHandlerScript']) {
    if (deployedIdentifier[script] && !items(local.identifier)[script]) {
      const identifier = isItem(result.identifier) ? result.identifier : (result.identifier = structuredClone(deployedIdentifier));
      identifier[script] = null;
    }
  }
  return result;
}

const updateFields = Object.keys(updateRequestSchema.properties ?? {});

/** The body of PUT /v1/admin/integrations/{id} that makes `remote` what `local` (a createIntegration body) describes. */
export function updateIntegrationBody(local: CreateIntegrationBody, remote: DeployedIntegration): UpdateIntegrationBody {
  const user = items(local.user);
  const body: Item = {
    ...withDroppedScriptsCleared(local, remote),
    actions: withAttributeNulls(setNullOnMissingValues(local.actions, remote.actions), remote.actions),
    events: withAttributeNulls(setNullOnMissingValues(local.events, remote.events), remote.events),
    states: setNullOnMissingValues(local.states, remote.states),
    entities: setNullOnMissingValues(local.entities, remote.entities),
    user: { ...user, tags: setNullOnMissingValues(user.tags, items(remote.user).tags) },
    channels: channelsBody(items(local.channels), remote.channels),
    interfaces: setNullOnMissingValues(local.interfaces, remote.interfaces),
    configurations: setNullOnMissingValues(local.configurations, remote.configurations),
    readme: local.readme,
    icon: local.icon,
    attributes: setNullOnMissingValues(local.attributes, remote.attributes),
    extraOperations: local.extraOperations,
  };
  return Object.fromEntries(updateFields.filter((field) => body[field] !== undefined).map((field) => [field, body[field]]));
}
