// Writes a scaffold's files to a temporary folder, as New Integration does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Scaffold } from '../../core/src';

export function writeScaffold(folder: string, scaffold: Scaffold): void {
  for (const [name, text] of Object.entries(scaffold.files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
}
