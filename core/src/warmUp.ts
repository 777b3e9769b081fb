// V8 compiles a function the first time it runs and optimizes it once it has run often. While no
// definition is open, the server takes the path of an editor's first definition on a small one: parse,
// an early check with a problem limit smaller than its problems and the check finishing it, their
// positions for the editor, then an edit inside one entry and its check. The first definition a user
// opens is then checked by optimized code (on 700 actions and 19,000 bp lint findings, about half the
// time of a cold check).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toLspDiagnostic } from './diagnostics/lspDiagnostic';
import { IncrementalValidator } from './incremental/incrementalValidator';
import { ParseCache } from './parse/parseCache';
import { definitionText } from './scaffold/definitions';

/** Enough rounds for V8 to optimize the checks' hot functions, not only compile them. */
const warmUpRounds = 30;
/**
 * Entries of each kind: maps past the size from which objects are looked up through an index, as a
 * large definition's are, so that its first check runs the code paths it takes. With 12, that check
 * (700 actions, 19,000 bp lint findings, over stdio) took 138–158 ms; with 40, 122–127 ms; with 100 the
 * rounds were longer and the check no faster.
 */
const entriesPerSection = 40;
/** Below the warm-up definition's problems, so the limit's counting path runs too. */
const problemLimit = 10;

type Fields = Record<string, unknown>;

/** The New Integration definition, its action repeated with inputs bp lint finds untitled, with events and states. */
function warmUpText(): string {
  const definition = JSON.parse(definitionText('json', { name: 'warm-up/example', title: 'Warm up', description: 'A definition checked while the server waits' })) as Fields;
  const [action] = Object.values(definition.actions as Record<string, Fields>);
  const untitled = { type: 'object', properties: { query: { type: 'string', description: 'What to look for' }, limit: { type: 'number', description: 'How many' } } };
  const actions: Fields = {};
  const events: Fields = {};
  const states: Fields = {};
  for (let index = 0; index < entriesPerSection; index++) {
    actions[`action${index}`] = index % 2 === 0 ? action : { ...action, input: { schema: untitled } };
    events[`event${index}`] = { title: `Event ${index}`, description: 'Something happened', schema: untitled };
    states[`state${index}`] = { type: 'integration', schema: untitled };
  }
  return JSON.stringify({ ...definition, actions, events, states }, null, 2);
}

function checked(cache: ParseCache, validator: IncrementalValidator, document: TextDocument): void {
  for (const problem of validator.validate(cache.get(document), { lint: 'public' }, problemLimit, true)) toLspDiagnostic(document, problem);
}

/**
 * The warm-up, a check at each step: the server runs one per turn of its event loop and stops when a
 * definition opens, which then waits for one check at most (a round's three, cold, took 20–40 ms:
 * a 10 KB definition opened 300 ms after initialization got its diagnostics in 35 ms, now 17).
 */
export function* warmUpSteps(): Generator<void, void, undefined> {
  const text = warmUpText();
  const titleValue = text.lastIndexOf('"title": "') + '"title": "'.length;
  for (let round = 0; round < warmUpRounds; round++) {
    const cache = new ParseCache();
    const validator = new IncrementalValidator();
    const opened = TextDocument.create('file:///warm-up/integration.definition.json', 'json', 1, text);
    checked(cache, validator, opened);
    yield;
    if (validator.lastRun.kind === 'early') {
      checked(cache, validator, opened);
      yield;
    }
    const position = opened.positionAt(titleValue);
    checked(cache, validator, TextDocument.update(opened, [{ range: { start: position, end: position }, text: 'x' }], 2));
    yield;
  }
}
