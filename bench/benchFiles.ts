// The generated definitions the bench measures, each written as integration.definition.json in a
// folder of its own beside copies of the example's icon, readme and code, so file rules find them.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDefinition } from './generate';

export interface BenchFile {
  /** How tables name it: "1 MB faulty". */
  label: string;
  path: string;
  uri: string;
  bytes: number;
}

const sizes: Array<[string, number]> = [
  ['10 KB', 10_000],
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
];

const examplesFolder = join(__dirname, '..', 'examples');
const referencedFiles = ['icon.svg', 'hub.md', 'src'];

/** The 1 MB definition with problems: the file the editor targets are about. */
export const editorTargetLabel = '1 MB faulty';

export function writeBenchFiles(folder: string, seed: number): BenchFile[] {
  return sizes.flatMap(([size, targetBytes]) =>
    [false, true].map((faulty) => {
      const label = `${size} ${faulty ? 'faulty' : 'clean'}`;
      const project = join(folder, label.replace(/ /g, '-'));
      mkdirSync(project, { recursive: true });
      for (const name of referencedFiles) cpSync(join(examplesFolder, name), join(project, name), { recursive: true });
      const text = generateDefinition({ targetBytes, seed, faulty });
      const path = join(project, 'integration.definition.json');
      writeFileSync(path, text);
      return { label, path, uri: pathToFileURL(path).href, bytes: Buffer.byteLength(text) };
    }),
  );
}
