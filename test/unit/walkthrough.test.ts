import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import manifest from '../../package.json';

const repository = join(__dirname, '..', '..');

it("the walkthrough's media exist and its links and completion events name contributed commands (or VS Code's own)", () => {
  const ours = new Set(manifest.contributes.commands.map(({ command }) => command));
  const [walkthrough] = manifest.contributes.walkthroughs;
  const missing: string[] = [];
  for (const step of walkthrough.steps) {
    if (!existsSync(join(repository, step.media.markdown))) missing.push(`${step.id}: ${step.media.markdown}`);
    const linked = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((match) => match[1]);
    const awaited = (('completionEvents' in step ? step.completionEvents : undefined) ?? []).flatMap((event: string) => (event.startsWith('onCommand:') ? [event.slice('onCommand:'.length)] : []));
    for (const command of [...linked, ...awaited]) if (!ours.has(command) && !command.startsWith('workbench.')) missing.push(`${step.id}: ${command}`);
  }
  assert.deepEqual(missing, []);
  assert.deepEqual(
    walkthrough.steps.map((step) => step.id),
    ['definition', 'problems', 'token', 'create'],
  );
});
