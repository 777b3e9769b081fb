// One fuzz case in process: validation, then completion and hover at random offsets.
// Returns why the case failed, or undefined.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFileAccess } from '../../core/src/nodeFileAccess';
import {
  type DefinitionLanguage,
  doComplete,
  doHover,
  parseDefinition,
  type ParsedDefinition,
  toLspDiagnostic,
  validateDefinition,
} from '../../core/src/languageService';
import { exampleDefinitionPath, responseLimitMs } from './fuzzSettings';
import type { SeededRandom } from './seededRandom';

const offsetsPerCase = 3;

export function failureOfCase(text: string, language: DefinitionLanguage, random: SeededRandom): string | undefined {
  const definitionPath = join(dirname(exampleDefinitionPath), `integration.definition.${language}`);
  const document = TextDocument.create(pathToFileURL(definitionPath).href, language, 1, text);
  const files = { definitionPath, files: nodeFileAccess };
  let parsed: ParsedDefinition | undefined;
  const steps: Array<[string, () => unknown]> = [
    [
      'validation',
      () => {
        parsed = parseDefinition(text, language);
        return validateDefinition(parsed, files).map((diagnostic) => toLspDiagnostic(document, diagnostic));
      },
    ],
  ];
  for (let count = 0; count < offsetsPerCase; count++) {
    const offset = random.between(0, text.length);
    steps.push(
      [`completion at ${offset}`, () => doComplete(document, parsed!, offset, { snippetSupport: random.chance(0.5), markdown: random.chance(0.5), ...files })],
      [`hover at ${offset}`, () => doHover(document, parsed!, offset, { markdown: random.chance(0.5) })],
    );
  }
  for (const [step, work] of steps) {
    const start = performance.now();
    try {
      work();
    } catch (error) {
      const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
      return `${step} threw ${stack.split('\n').slice(0, 4).join(' ')}`;
    }
    const elapsed = performance.now() - start;
    if (elapsed > responseLimitMs) return `${step} took ${elapsed.toFixed(0)} ms; the limit is ${responseLimitMs} ms`;
  }
  return undefined;
}
