// A monorepo's worth of definitions for `integration-studio validate`: 80 folders under
// integrations/, sized as the evaluated bodies of the public integrations in Botpress's monorepo.
import { join } from 'node:path';
import { writeDefinitionProject } from './benchFiles';
import { generateDefinition } from './generate';

/**
 * The sizes in KB of the 82 evaluated bodies in botpress/botpress's integrations/ (from slack's 455 KB
 * down), the two smallest left out and the rest held within the 10–450 KB: 4.4 MB in all.
 */
const realSizesKb = [
  450, 269, 189, 185, 151, 128, 122, 121, 115, 94, 92, 89, 88, 85, 78, 77, 71, 69, 68, 66, 63, 61, 60, 58, 58, 57, 57, 57, 56, 54, 51, 51, 50, 48,
  44, 42, 41, 40, 40, 39, 38, 34, 32, 32, 30, 30, 29, 29, 29, 28, 28, 28, 28, 26, 25, 25, 24, 22, 19, 19, 18, 17, 17, 17, 14, 13, 11, 11, 10, 10,
  10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
];

/**
 * Every fourth definition is action-heavy (12 small input and output fields per action), the others
 * mixed; every field titled and described, as in the monorepo, whose integrations all pass bp lint.
 */
const actionHeavyEvery = 4;

export interface DefinitionTree {
  folder: string;
  /** What to give `integration-studio validate` in the folder for all of them. */
  pattern: string;
  /** Each definition, relative to the folder, largest first. */
  files: string[];
  bytes: number;
}

export function writeDefinitionTree(folder: string, seed: number): DefinitionTree {
  let bytes = 0;
  const files = realSizesKb.map((kilobytes, index) => {
    const shape = index % actionHeavyEvery === 0 ? 'actionHeavy' : 'mixed';
    const text = generateDefinition({ targetBytes: kilobytes * 1000, seed: seed + index, faulty: false, shape, describedFields: true });
    const project = join('integrations', `generated${String(index).padStart(2, '0')}`);
    writeDefinitionProject(join(folder, project), text);
    bytes += Buffer.byteLength(text);
    return join(project, 'integration.definition.json');
  });
  return { folder, pattern: 'integrations/*/integration.definition.*', files, bytes };
}
