import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse as parseYamlValue, stringify as yamlText } from 'yaml';
import { generateDefinition } from '../../bench/generate';
import type { JsonValue } from '../../core/src/parse/ast';
import { checkValue } from '../../core/src/checkValue';
import { IncrementalValidator, type LintMode, languageOf, nodeFileAccess, parseDefinition, validateDefinition, withinProblemLimit } from '../../core/src';
import { nextParse } from '../../core/src/parse/parseCache';
import type { ParsedDefinition } from '../../core/src/parse/definitionDocument';
import { definitionEdits } from './definitionEdits';
import { exampleDefinitionPath, fuzzSeed, incrementalSequences, sources } from './fuzzSettings';
import { mutations } from './mutations';
import { SeededRandom } from './seededRandom';

const editsPerSequence = 12;
/** Text damage that keeps a case small: what a stray keystroke or a bad paste does. */
const textDamage = mutations.filter((mutation) => ['structural characters', 'deleted range', 'swapped types', 'duplicated keys', 'truncation'].includes(mutation.name));
const lintModes: readonly LintMode[] = ['public', 'always', 'off'];

const starts = [
  ...sources.map(({ fileName, text }) => ({ fileName, text })),
  // Many entries with problems in several of them: most edits leave most parts unchanged.
  { fileName: 'integration.definition.json', text: generateDefinition({ targetBytes: 30_000, seed: fuzzSeed, faulty: true }) },
  // The same as JSON with comments and trailing commas, which is read as the JSON left once they are blanked.
  {
    fileName: 'integration.definition.json',
    text: `// generated\n${generateDefinition({ targetBytes: 30_000, seed: fuzzSeed, faulty: true })
      .replaceAll('"description": ', '/* described */ "description": ')
      .replaceAll(/("type": "[a-z]+")\n/g, '$1, // typed\n')}`,
  },
];

type JsonObject = { [key: string]: JsonValue };

/** Keys typed into a string of the text, as in an editor: the rest of the text stays as it is. */
function typedInString(text: string, random: SeededRandom): string {
  const strings = [...text.matchAll(/"(?:[^"\\\n]|\\.)*"/g)];
  if (strings.length === 0) return text;
  const string = random.pick(strings);
  const at = string.index + 1 + random.below(string[0].length - 1);
  const typed = random.pick(['x', ' ', 'A long run of words that makes a title far too long for the platform to take', '\\n', 'é']);
  return random.chance(0.3) ? text.slice(0, at) + text.slice(Math.min(at + 3, string.index + string[0].length - 1)) : text.slice(0, at) + typed + text.slice(at);
}

/** One key of JSON's syntax typed anywhere, as while a property is typed: the text is often not JSON until the next keys. */
function typedKey(text: string, random: SeededRandom): string {
  const at = random.below(text.length + 1);
  return text.slice(0, at) + random.pick(['"', '{', '}', '[', ']', ':', ',', 'x', '$', 'é', ' ', '\n', '/', '//', '/*', '*/', '}//', '}/*']) + text.slice(at);
}

/** The text laid out anew, as a formatter does: indentation changed, some lines indented deeper, spaces around separators changed, or a space taken out. */
function laidOutAnew(text: string, random: SeededRandom): string {
  const choice = random.below(4);
  // A space between two characters taken out: two tokens may become one.
  if (choice === 3) {
    const spaces = [...text.matchAll(/(?<=\S) (?=\S)/g)];
    const at = spaces.length > 0 ? random.pick(spaces).index : -1;
    return at < 0 ? text : text.slice(0, at) + text.slice(at + 1);
  }
  if (choice === 0) return text.replace(/\n( +|\t+)/g, (_, indent: string) => `\n${indent.startsWith('\t') ? '  '.repeat(indent.length) : '\t'.repeat(Math.ceil(indent.length / 2))}`);
  if (choice === 1) return text.replace(/\n[ \t]*/g, (run) => (random.chance(0.5) ? `${run} ` : run));
  return text.replaceAll('": ', '":').replaceAll(',\n', ', \n');
}

function valueOf(text: string, yaml: boolean): JsonObject | undefined {
  try {
    const value = (yaml ? parseYamlValue(text) : JSON.parse(text)) as JsonValue;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

describe(`incremental validation, of texts and of values, equals a full one after any edits (seed ${fuzzSeed}, ${incrementalSequences} sequences of ${editsPerSequence})`, () => {
  it('each version of each sequence: the same problems, in the same order', () => {
    const failures: string[] = [];
    for (let sequence = 0; sequence < incrementalSequences && failures.length < 5; sequence++) {
      const random = new SeededRandom(Math.imul(fuzzSeed ^ 0x5bd1e995, 17) + sequence * 7919);
      const start = random.pick(starts);
      const language = languageOf(start.fileName);
      const yaml = language === 'yaml';
      const validator = new IncrementalValidator();
      // The same sequence as values, as an SDK definition's evaluations give them.
      const valueValidator = new IncrementalValidator();
      let lint = random.pick(lintModes);
      // Most sequences list every problem; some keep only the most severe few, as the editor does.
      const limit = random.chance(0.6) ? Infinity : random.pick([1, 2, 5, 20]);
      let text = start.text;
      let value = valueOf(text, yaml) ?? {};
      const history = [text];
      let lastParsed: ParsedDefinition | undefined;
      const steps: string[] = [];
      for (let step = 0; step <= editsPerSequence; step++) {
        if (step > 0) {
          if (random.chance(0.1)) {
            text = random.pick(history);
            steps.push('back to an earlier version');
          } else if (random.chance(0.2)) {
            text = typedKey(text, random);
            steps.push('typed a key');
          } else if (random.chance(0.3)) {
            text = typedInString(text, random);
            steps.push('typed in a string');
          } else if (!yaml && random.chance(0.1)) {
            text = laidOutAnew(text, random);
            steps.push('laid out anew');
          } else if (random.chance(0.15)) {
            const damage = random.pick(textDamage);
            text = damage.apply(text, random);
            steps.push(damage.name);
          } else {
            const edit = random.pick(definitionEdits);
            edit.apply(value, random);
            text = yaml ? yamlText(value) : JSON.stringify(value, null, 2);
            steps.push(edit.name);
          }
          if (random.chance(0.05)) {
            lint = random.pick(lintModes);
            steps.push(`lint ${lint}`);
          }
          value = valueOf(text, yaml) ?? value;
          history.push(text);
        }
        const options = { definitionPath: exampleDefinitionPath, files: nodeFileAccess, lint };
        // As the editor's parse cache does: from the last parse where the edit allows it.
        const parsed = nextParse(lastParsed, text, language);
        lastParsed = parsed;
        // As the server checks: its shown problems first when it can, then (unless an edit comes first) the count.
        const early = limit !== Infinity && random.chance(0.5);
        const incremental = validator.validate(parsed, options, limit, early);
        const full = withinProblemLimit(validateDefinition(parseDefinition(text, language), options), limit);
        const parsedValue = valueOf(text, yaml);
        try {
          if (validator.lastRun.kind === 'early') {
            assert.equal(full.length, limit + 1, 'an early check says there are more problems than the limit');
            assert.deepEqual([incremental[0].code, ...incremental.slice(1)], [full[0].code, ...full.slice(1)], 'early');
            if (random.chance(0.5)) {
              steps.push('finished');
              assert.deepEqual(validator.validate(parsed, options, limit, true), full, 'finished');
              assert.notEqual(validator.lastRun.kind, 'early');
            }
          } else assert.deepEqual(incremental, full);
          if (parsedValue) assert.deepEqual(checkValue(parsedValue, options, valueValidator), checkValue(parsedValue, options), 'as a value');
        } catch (error) {
          failures.push(`FUZZ_SEED=${fuzzSeed} sequence ${sequence} (${start.fileName}, lint ${lint}, limit ${limit}) after ${steps.join(' → ') || 'opening'}: ${(error as Error).message.slice(0, 2000)}`);
          break;
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
