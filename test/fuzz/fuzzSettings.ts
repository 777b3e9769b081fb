// How much fuzzing a run does: FUZZ_CASES cases in all (npm test: 2 000; npm run fuzz: 10 000), three
// quarters in process, where cases are cheap, a quarter through the stdio server; FUZZ_SEED picks them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20_240_601);
const totalCases = Number(process.env.FUZZ_CASES ?? 2000);
export const serviceCases = Math.round(totalCases * 0.75);
export const serverCases = totalCases - serviceCases;
/** Sequences of edits checked incrementally and from scratch, a twentieth as many as cases (each is a dozen versions). */
export const incrementalSequences = Math.round(totalCases / 20);

/** Every answer must arrive within this bound, in process and over stdio. */
export const responseLimitMs = 1000;

const examples = join(__dirname, '..', '..', 'examples');
export const exampleDefinitionPath = join(examples, 'integration.definition.json');

export const sources = [
  { fileName: 'integration.definition.json', languageId: 'json', text: readFileSync(exampleDefinitionPath, 'utf8') },
  { fileName: 'integration.definition.yaml', languageId: 'yaml', text: readFileSync(join(examples, 'integration.definition.yaml'), 'utf8') },
] as const;

/** How a failing case is reproduced. */
export function reproduction(mutation: string, caseIndex: number): string {
  return `FUZZ_SEED=${fuzzSeed} case ${caseIndex} of "${mutation}"`;
}
