// The deploy plan as the CLI's `plan` computes it (workspace and handle, name@version, the previous
// version), looked up under progress and written to the output channel.
import { type LookedUpPlan, lookUpPlan, planText } from '../../../core/src';
import type { TimedApiTarget } from './apiTarget';
import type { PackagedDefinition } from './packaging';
import type { PublishLog } from './publishLog';
import { withRequestProgress } from './requestProgress';

/** `allowDeprecated`: the user agreed to deploy deprecated features (bp deploy's --allowDeprecated). */
export async function planDeployment({ body, secretDeclarations }: PackagedDefinition, api: TimedApiTarget, log: PublishLog, allowDeprecated = false): Promise<LookedUpPlan> {
  const host = new URL(api.apiUrl).host;
  log.info(`Planning the deployment of ${body.name}@${body.version} on ${host} (workspace ${api.workspaceId})`);
  // The editor asks whether to update a private version in place once it knows it exists.
  const looked = await withRequestProgress(`Planning ${body.name}@${body.version} on ${host}…`, log, api.timeoutMs, (options) =>
    lookUpPlan(body, secretDeclarations, api, options, { update: true, allowDeprecated }),
  );
  log.info(planText(looked.plan).trimEnd());
  return looked;
}
