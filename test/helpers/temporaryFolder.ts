// Temporary folders for tests, removed when the test process exits, whatever the outcome.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

process.once('exit', () => {
  for (const folder of created) rmSync(folder, { recursive: true, force: true });
});

export function temporaryFolder(purpose: string): string {
  const folder = mkdtempSync(join(tmpdir(), `integration-studio-${purpose}-`));
  created.push(folder);
  return folder;
}
