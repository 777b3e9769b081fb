// The generated definitions the bench measures, each written as integration.definition.json in a
// folder of its own beside copies of the example's icon, readme and code, so file rules find them.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDefinition, type GenerateOptions } from './generate';

export interface BenchFile {
  /** How tables name it: "1 MB faulty". */
  label: string;
  path: string;
  uri: string;
  bytes: number;
}

type FileSpec = [label: string, options: Omit<GenerateOptions, 'seed'>];

const sizes: Array<[string, number]> = [
  ['10 KB', 10_000],
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
];

/**
 * Sizes most definitions have (`bp init`'s is 1 KB; half of the monorepo's evaluated bodies are
 * under 50 KB): what a check costs on them is mostly what it costs on any definition.
 */
export const smallFileLabels = ['10 KB clean', '100 KB faulty'];

/** The 1 MB definition with problems: the file the editor targets are about. */
export const editorTargetLabel = '1 MB faulty';

/**
 * The file: 1,400 actions of 12 input and output fields, 175 events, 35 states. Indented with
 * tabs, it is 1.8 MB, as the 1.7 MB (2.4 MB with two spaces; 12 fields in and 12 out would
 * not fit in 1.7 MB even with tabs).
 */
export const actionHeavyLabel = '1,400 actions';

/**
 * The speed issue's file: 700 actions whose 12 input fields are described and untitled (so bp lint
 * finds over 10,000 problems, information in a private definition), 175 events, 35 states; 1.8 MB.
 */
export const manyFindingsLabel = '700 actions, 19,000 lint findings';

const fileSpecs: FileSpec[] = [
  ...sizes.flatMap(([size, targetBytes]): FileSpec[] =>
    [false, true].map((faulty): FileSpec => [`${size} ${faulty ? 'faulty' : 'clean'}`, { targetBytes, faulty }]),
  ),
  [actionHeavyLabel, { faulty: false, shape: 'actionHeavy', counts: { actions: 1400, events: 175, states: 35 }, indent: '\t' }],
  [manyFindingsLabel, { faulty: false, shape: 'untitledInputs', counts: { actions: 700, events: 175, states: 35 }, indent: '\t' }],
];

const examplesFolder = join(__dirname, '..', 'examples');
const referencedFiles = ['icon.svg', 'hub.md', 'src'];

/** Writes the definition as integration.definition.json in `project`, with the files it names. */
export function writeDefinitionProject(project: string, text: string): string {
  mkdirSync(project, { recursive: true });
  for (const name of referencedFiles) cpSync(join(examplesFolder, name), join(project, name), { recursive: true });
  const path = join(project, 'integration.definition.json');
  writeFileSync(path, text);
  return path;
}

export function writeBenchFiles(folder: string, seed: number): BenchFile[] {
  return fileSpecs.map(([label, options]) => {
    const text = generateDefinition({ ...options, seed });
    const path = writeDefinitionProject(join(folder, label.replace(/[ ,]+/g, '-')), text);
    return { label, path, uri: pathToFileURL(path).href, bytes: Buffer.byteLength(text) };
  });
}
