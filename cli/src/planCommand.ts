// `integration-studio plan`: what `create` would do, computed with look-ups only; nothing is written.
import type { CliIo } from './cliIo';
import { lookUpPlan, planText } from '../../core/src';
import { type DeployArguments, packagedForDeploy, planTarget, requestOptions } from './deployArguments';
import { planJson } from './planOutput';

export async function planCommand(args: DeployArguments & { format: 'text' | 'json' }, io: CliIo): Promise<number> {
  const target = planTarget(args);
  const packaged = await packagedForDeploy(args, io);
  if (typeof packaged === 'number') return packaged;
  const { plan } = await lookUpPlan(packaged.body, packaged.secretDeclarations, target, requestOptions(args, io), args);
  io.stdout(args.format === 'json' ? planJson(plan) : planText(plan));
  return plan.refusal ? 1 : 0;
}
