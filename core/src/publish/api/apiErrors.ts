// The API's error envelope `{ id, code, type, message }` becomes a message that says what to do next.
import { parseJson } from '../jsonText';
import { PublishError } from '../publishError';

/** The API's error envelope `{ id, code, type, message }`, as far as messages use it. */
interface ApiErrorEnvelope {
  id?: string;
  type: string;
  message: string;
}

/** What to do about each error type of the API's catalogue. */
const nextSteps: Record<string, string> = {
  InvalidPayload: 'Correct the definition as the message says, then create again.',
  InvalidJsonSchema: 'Correct the JSON Schema the message names (configuration, action, event, message, state or entity schema).',
  InvalidDataFormat: 'Correct the value the message names to the format it expects.',
  InvalidIdentifier: 'Rename the identifier the message names: start with a lowercase letter, then letters and digits.',
  ReferenceNotFound: 'Declare what the message names, or remove the reference to it (an interface, an entity, a tag).',
  InvalidQuery: 'Check the API URL: this request is not what the API expects at that address.',
  Runtime: 'The integration failed while the API checked it; correct the code as the message says.',
  BreakingChanges: 'This version breaks earlier versions of the same major: bump the major version, or undo the breaking change.',
  Unauthorized: 'Set a valid API token (a Botpress personal access token that has not expired).',
  PaymentRequired: "The workspace's plan does not allow this; check the workspace's billing.",
  Forbidden: 'Check the workspace id, and that the token belongs to a member of that workspace allowed to create integrations.',
  QuotaExceeded: "The workspace reached a quota: remove unused integrations or raise the workspace's plan.",
  ResourceNotFound: 'Check the workspace id and the API URL.',
  MethodNotFound: 'Check the API URL: it does not serve the createIntegration endpoint.',
  RelationConflict: 'Something else depends on what this request changes; resolve the conflict the message names.',
  ReferenceConstraint: 'Something else refers to what this request changes; resolve the reference the message names.',
  ResourceLockedConflict: 'Another operation is changing this integration; wait for it to finish, then try again.',
  AlreadyExists: 'This name and version already exist in the workspace: bump the version in the definition, then create again.',
  ResourceGone: 'What this request refers to was deleted; check the name and workspace.',
  PayloadTooLarge: 'Make the request smaller: a smaller code bundle (fewer or lighter dependencies) or a smaller icon or readme.',
  LimitExceeded: 'Stay within the limit the message names (size of a schema, number of channels, events, states or secrets).',
  UnsupportedMediaType: 'The request was not sent as JSON; report this to Integration Studio.',
  RateLimited: 'Too many requests: wait a minute, then try again.',
  Unknown: 'The API failed unexpectedly; try again later, and report the error id to Botpress if it persists.',
  Internal: 'The API failed; try again later, and report the error id to Botpress if it persists.',
  OperationTimeout: 'The API took too long; try again later.',
};

/** For answers without an envelope, what to do by status. */
function nextStepForStatus(status: number): string {
  if (status === 401) return nextSteps.Unauthorized;
  if (status === 403) return nextSteps.Forbidden;
  if (status === 404) return nextSteps.ResourceNotFound;
  if (status === 413) return nextSteps.PayloadTooLarge;
  if (status === 429) return nextSteps.RateLimited;
  if (status >= 500) return nextSteps.Internal;
  return 'Check the definition and the API URL, then try again.';
}

function describeWithoutEnvelope(status: number, text: string, json: unknown): string {
  if (text.trim() === '') return `The API answered ${status} with an empty body.`;
  if (json === undefined) return `The API answered ${status} with a body that is not JSON.`;
  return `The API answered ${status} without an error envelope.`;
}

function asEnvelope(json: unknown): ApiErrorEnvelope | undefined {
  const candidate = json as Partial<ApiErrorEnvelope> | null | undefined;
  if (typeof candidate?.type !== 'string' || typeof candidate.message !== 'string') return undefined;
  return { id: typeof candidate.id === 'string' && candidate.id !== '' ? candidate.id : undefined, type: candidate.type, message: candidate.message };
}

/** The error for an unsuccessful answer: the API's own message and error id, then what to do next. */
export function apiError(status: number, text: string, retryAfterSeconds?: number): PublishError {
  const json = parseJson(text);
  const envelope = asEnvelope(json);
  const nextStep =
    status === 429 && retryAfterSeconds !== undefined
      ? `Too many requests: wait ${retryAfterSeconds} s, then try again.`
      : (envelope && nextSteps[envelope.type]) ?? nextStepForStatus(status);
  if (!envelope) return new PublishError('api', describeWithoutEnvelope(status, text, json), { status, nextStep, retryAfterSeconds });
  const errorId = envelope.id;
  const sentence = /[.!?]$/.test(envelope.message.trim()) ? envelope.message.trim() : `${envelope.message.trim()}.`;
  const reason = `${envelope.type}: ${sentence}${errorId ? ` (error id ${errorId})` : ''}`;
  return new PublishError('api', reason, { type: envelope.type, status, errorId, nextStep, retryAfterSeconds });
}
