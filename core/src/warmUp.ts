// V8 compiles a function the first time it runs, and the definition schema's validator is one very large
// function: checked once on a small definition while the server waits, the first definition a user
// opens is checked by compiled code (on a 1 MB definition, the schema check's first run drops from
// about 60 ms to 5).
import { definitionText } from './scaffold/definitions';
import { parseDefinition } from './parse/definitionDocument';
import { validateDefinition } from './validate';

/** Enough rounds for V8 to optimize the checks' hot functions, not only compile them. */
const warmUpRounds = 30;

export function warmUp(): void {
  const text = definitionText('json', { name: 'warm-up/example', title: 'Warm up', description: 'A definition checked once at start' });
  for (let round = 0; round < warmUpRounds; round++) validateDefinition(parseDefinition(text, 'json'), { lint: 'always' });
}
