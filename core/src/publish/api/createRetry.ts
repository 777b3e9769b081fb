// A create whose answer was lost may have been carried out: before it is sent again, name@version is
// looked up, and what is found decides whether it is sent again.
import type { CreateIntegrationBody } from '../packaging/createIntegrationBody';
import { existingIntegrationProblem } from './existingIntegration';
import type { DeployedIntegration, ExistingIntegration } from './integrationLookup';
import { PublishError } from '../publishError';

export type CreateRetryDecision =
  | { decision: 'send-again' }
  /** What was sent is there: the earlier attempt created it. */
  | { decision: 'created'; integration: DeployedIntegration }
  /** Something else is there. */
  | { decision: 'refused'; error: PublishError };

type Sent = Pick<CreateIntegrationBody, 'name' | 'version'> & { visibility?: unknown };

/** The API creates an integration private when the body says nothing. */
const visibilityOf = (integration: { visibility?: unknown }): unknown => integration.visibility ?? 'private';

/** What to do about a create whose answer was lost, given where its name@version was found. */
export function decideCreateRetry(sent: Sent, found: ExistingIntegration): CreateRetryDecision {
  if (found.status === 'absent') return { decision: 'send-again' };
  const { integration } = found;
  const asSent = integration.name === sent.name && integration.version === sent.version && visibilityOf(integration) === visibilityOf(sent);
  if (found.status !== 'elsewhere' && asSent) return { decision: 'created', integration };
  const error =
    existingIntegrationProblem(found) ??
    new PublishError('exists', `${sent.name}@${sent.version} is in this workspace as ${String(visibilityOf(integration))}, not as it was sent (${String(visibilityOf(sent))}).`, {
      nextStep: 'Check it in the workspace before sending this definition again.',
    });
  return { decision: 'refused', error };
}
