import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateDefinition } from '../../bench/generate';
import { checkValue } from '../../core/src/checkValue';
import { type DefinitionLanguage, IncrementalValidator, type LintMode, parseDefinition, validateDefinition, withinProblemLimit } from '../../core/src';
import { reparsedDefinition } from '../../core/src/incremental/strictJsonReparse';
import { nextParse } from '../../core/src/parse/parseCache';
import type { ParsedDefinition } from '../../core/src/parse/definitionDocument';

const generated = generateDefinition({ targetBytes: 40_000, seed: 7, faulty: true });

/** Checks each text in turn with one validator, each result compared with a full validation's. */
function checkInTurn(texts: readonly string[], language: DefinitionLanguage = 'json', lint: LintMode = 'always') {
  const validator = new IncrementalValidator();
  return texts.map((text) => {
    const diagnostics = validator.validate(parseDefinition(text, language), { lint });
    assert.deepEqual(diagnostics, validateDefinition(parseDefinition(text, language), { lint }));
    return { ...validator.lastRun, diagnostics };
  });
}

/** Checks each text in turn as the server does (each parsed from the last), each result compared with a full validation's within the limit. */
function checkEditedInTurn(texts: readonly string[], limit = Infinity, label = ''): void {
  const validator = new IncrementalValidator();
  let parsed: ParsedDefinition | undefined;
  for (const text of texts) {
    parsed = nextParse(parsed, text, 'json');
    assert.deepEqual(validator.validate(parsed, { lint: 'always' }, limit), withinProblemLimit(validateDefinition(parseDefinition(text, 'json'), { lint: 'always' }), limit), label);
  }
}

function firstActionTitle(text: string): number {
  const actions = text.indexOf('"actions"');
  return text.indexOf('"title": "', actions) + '"title": "'.length;
}

describe('incremental validation', () => {
  it('checks the whole definition when it opens, then only the entry an edit touched', () => {
    const at = firstActionTitle(generated);
    const [opened, edited] = checkInTurn([generated, generated.slice(0, at) + 'x'.repeat(80) + generated.slice(at)]);
    assert.equal(opened.kind, 'full');
    assert.ok(opened.parts >= 10, `${opened.parts} parts`);
    assert.deepEqual({ kind: edited.kind, checkedParts: edited.checkedParts }, { kind: 'partial', checkedParts: 1 });
    assert.ok(edited.diagnostics.some((diagnostic) => diagnostic.code === 'max-length'));
  });

  it('reuses the results of entries that only moved', () => {
    const definition = JSON.parse(generated);
    const [first, ...others] = Object.keys(definition.actions);
    const reordered = { ...definition, actions: Object.fromEntries([...others, first].map((name) => [name, definition.actions[name]])) };
    const [, moved] = checkInTurn([generated, JSON.stringify(reordered, null, 2) + '\n']);
    assert.deepEqual({ kind: moved.kind, checkedParts: moved.checkedParts }, { kind: 'partial', checkedParts: 0 });
  });

  it('reuses the results of entries laid out anew (the document formatted), each problem where its text went', () => {
    const value = JSON.parse(generated);
    const layouts = [JSON.stringify(value, null, '\t'), JSON.stringify(value), generated, JSON.stringify(value, null, 4).replace(/\n/g, '\r\n')];
    const [, ...relaid] = checkInTurn([generated, ...layouts]);
    for (const run of relaid) assert.deepEqual({ kind: run.kind, checkedParts: run.checkedParts }, { kind: 'partial', checkedParts: 0 });
    assert.ok(relaid[0].diagnostics.length > 0);
    // With comments, a line break is meaning: those entries are checked again.
    const commented = generated.replace(/"description": /g, '/* d */ "description": ');
    const [, recommented] = checkInTurn([commented, commented.replace(/\n(\s+)/g, '\n$1 ')]);
    assert.ok(recommented.checkedParts > 0);
  });

  it('checks again an entry whose tokens a space joins or splits: jsonc-parser reads `$1` as one token, `$ 1` as two', () => {
    const at = firstActionTitle(generated) - '"title": "'.length;
    const withTitle = (value: string) => `${generated.slice(0, at)}"title": ${value},${generated.slice(generated.indexOf('\n', at))}`;
    for (const [first, second] of [['$ 1', '$1'], ['_true', '_ true'], ['é 1', 'é1']]) checkEditedInTurn([generated, withTitle(first), withTitle(second)], Infinity, `${first} → ${second}`);
  });

  it('keeps apart what each layout of an entry was found to have, when a check with a limit only counted its problems', () => {
    const value = JSON.parse(generateDefinition({ counts: { actions: 3 }, seed: 7, faulty: false, shape: 'untitledInputs' }));
    const last = Object.keys(value.actions).at(-1)!;
    const fixed = { ...value, configuration: { ...value.configuration, schema: { type: 'object', properties: {} } } };
    const edited = { ...fixed, actions: { ...fixed.actions, [last]: { ...fixed.actions[last], description: 'edited' } } };
    // The configuration's errors hide the last action's problems, then a syntax error after every entry
    // sets aside what they were found to have; the entry is edited, then given its first text again.
    const texts = [JSON.stringify(value, null, 2), `${JSON.stringify(fixed, null, '\t')} x`, `${JSON.stringify(edited, null, '\t')} x`, JSON.stringify(fixed, null, 2)];
    for (const limit of [13, 20]) checkEditedInTurn(texts, limit);
  });

  it('checks every entry again when what they depend on outside them changes: the visibility for bp lint', () => {
    const madePublic = generated.replace(/"visibility": "[^"]*"/, '"visibility": "public"');
    const [, changed] = checkInTurn([generated, madePublic]);
    assert.equal(changed.kind, 'full');
  });

  it('checks at once what cannot be cut into independent parts', () => {
    const repeatedAction = '{"name": "a/b", "version": "1.0.0", "actions": {"send": {}, "send": {"title": "T"}}}';
    const aliased = 'name: a/b\nversion: 1.0.0\nactions:\n  send: &shared\n    title: T\n  post: *shared\n';
    const broken = '{"name": "a/b", "version": "1.0.0", "actions": {"send": {"title": }}}';
    assert.equal(checkInTurn([repeatedAction, repeatedAction])[1].kind, 'full');
    assert.equal(checkInTurn([aliased, aliased], 'yaml')[1].kind, 'full');
    assert.equal(checkInTurn([broken, broken])[1].kind, 'full');
  });

  it('in a JSON text with syntax errors, reuses the entries that close before the first error, and once the text is mended, those known before', () => {
    const root = parseDefinition(generated, 'json').root;
    const actions = root?.type === 'object' ? root.properties.find((property) => property.key.value === 'actions')?.value : undefined;
    const entries = actions?.type === 'object' ? actions.properties : assert.fail('no actions');
    const late = entries[Math.floor(entries.length * 0.75)].value!;
    const closing = late.offset + late.length - 1;
    const unclosed = generated.slice(0, closing) + generated.slice(closing + 1);
    // A comment typed into the entry runs to the end of the text until it is closed before the entry's closing brace.
    const opening = late.offset + 1;
    const commented = generated.slice(0, opening) + '/* ' + generated.slice(opening);
    const closed = generated.slice(0, opening) + '/* ' + generated.slice(opening, closing) + ' */' + generated.slice(closing);
    const [opened, broken, mended, commenting, emptied] = checkInTurn([generated, unclosed, generated, commented, closed]);
    for (const run of [broken, commenting]) {
      assert.equal(run.kind, 'partial');
      assert.ok(run.checkedParts >= 1 && run.checkedParts < opened.parts / 4, `${run.checkedParts} of ${opened.parts} parts checked`);
    }
    assert.deepEqual({ kind: mended.kind, checkedParts: mended.checkedParts }, { kind: 'partial', checkedParts: 0 });
    assert.deepEqual({ kind: emptied.kind, checkedParts: emptied.checkedParts }, { kind: 'partial', checkedParts: 1 });
    assert.ok(broken.diagnostics.some((diagnostic) => diagnostic.code === 'syntax-error'));
  });

  it('reuses the entries after a syntax error whose values the parse kept from the last strict one: their trees are their texts\' own', () => {
    // A stray key typed in an entry near the start, then others in the last entry: the entries between them are kept.
    const first = firstActionTitle(generated) - '"title": "'.length;
    const second = generated.lastIndexOf('"title": "');
    const stray = (keys: string) => `${generated.slice(0, first)}/${generated.slice(first, second)}${keys}${generated.slice(second)}`;
    const validator = new IncrementalValidator();
    let parsed = nextParse(undefined, generated, 'json');
    const opened = validator.validate(parsed, { lint: 'always' });
    assert.ok(opened.length > 0);
    for (const [index, text] of [stray(''), stray('/'), stray('//')].entries()) {
      parsed = nextParse(parsed, text, 'json');
      // The first stray key is the edited entry's alone, parsed apart; the others are read around the values kept.
      assert.ok(index === 0 ? parsed.recoveredFrom : parsed.keptContainers && parsed.keptContainers.size > 0);
      assert.deepEqual(validator.validate(parsed, { lint: 'always' }), validateDefinition(parseDefinition(text, 'json'), { lint: 'always' }));
      assert.ok(validator.lastRun.checkedParts <= 2, `${validator.lastRun.checkedParts} of ${validator.lastRun.parts} parts checked`);
    }
  });

  it('finds the entries known before the syntax errors once the text is mended, also after a text that could not be cut into parts', () => {
    const at = generated.indexOf('"actions": {') + '"actions": {'.length;
    // A key typed without its colon yet: an entry without a value, which no part can hold.
    const [, uncut, mended] = checkInTurn([generated, `${generated.slice(0, at)} "typed" ${generated.slice(at)}`, generated]);
    assert.deepEqual({ kind: uncut.kind, parts: uncut.parts }, { kind: 'full', parts: 0 });
    assert.deepEqual({ kind: mended.kind, checkedParts: mended.checkedParts }, { kind: 'partial', checkedParts: 0 });
  });

  it('checks a text with more syntax errors than a function takes arguments', () => {
    const text = `{"name": "x", "version": "1.0.0", "actions": {}${','.repeat(62_000)}}`;
    const parsed = parseDefinition(text, 'json');
    assert.ok(parsed.syntaxErrors.length > 120_000);
    assert.deepEqual(new IncrementalValidator().validate(parsed, {}, 100), withinProblemLimit(validateDefinition(parsed, {}), 100));
  });

  it('checks only the entry a key is typed in, while that entry is not JSON and the rest is the last strict parse', () => {
    const at = firstActionTitle(generated) - '"title": "'.length;
    const typed = '"summary": "Short", ';
    const validator = new IncrementalValidator();
    let parsed = parseDefinition(generated, 'json');
    validator.validate(parsed, { lint: 'always' });
    const codes = new Set<string>();
    for (let keys = 1; keys <= typed.length; keys++) {
      const text = generated.slice(0, at) + typed.slice(0, keys) + generated.slice(at);
      parsed = reparsedDefinition(parsed, text) ?? assert.fail(`no reparse after ${JSON.stringify(typed.slice(0, keys))}`);
      const diagnostics = validator.validate(parsed, { lint: 'always' });
      assert.deepEqual(diagnostics, validateDefinition(parseDefinition(text, 'json'), { lint: 'always' }));
      // A space typed between tokens lays the entry out anew: its results are moved, not made again.
      const checkedParts = typed[keys - 1] === ' ' ? 0 : 1;
      assert.deepEqual({ kind: validator.lastRun.kind, checkedParts: validator.lastRun.checkedParts }, { kind: 'partial', checkedParts });
      for (const { code } of diagnostics) codes.add(code);
    }
    assert.ok(codes.has('syntax-error'));
  });

  it('works on YAML as on JSON', () => {
    const yaml = 'name: a/b\nversion: 1.0.0\nactions:\n  send:\n    title: Send\n  post:\n    title: Post\n  list:\n    title: List\n';
    const [, edited] = checkInTurn([yaml, yaml.replace('title: Post', `title: ${'p'.repeat(70)}`)], 'yaml');
    assert.deepEqual({ kind: edited.kind, checkedParts: edited.checkedParts }, { kind: 'partial', checkedParts: 1 });
    assert.ok(edited.diagnostics.some((diagnostic) => diagnostic.code === 'max-length'));
  });

  it('works on a value, as an SDK definition evaluates to, entries known by their JSON', () => {
    const validator = new IncrementalValidator();
    const definition = JSON.parse(generated);
    assert.deepEqual(checkValue(definition, { lint: 'always' }, validator), checkValue(definition, { lint: 'always' }));
    const [name] = Object.keys(definition.actions);
    definition.actions[name].title = 'y'.repeat(70);
    const edited = checkValue(definition, { lint: 'always' }, validator);
    assert.deepEqual(edited, checkValue(definition, { lint: 'always' }));
    assert.deepEqual({ kind: validator.lastRun.kind, checkedParts: validator.lastRun.checkedParts }, { kind: 'partial', checkedParts: 1 });
    assert.ok(edited.some((problem) => problem.code === 'max-length' && problem.path.join('.') === `actions.${name}.title`));
  });

  it('tells apart in a value a number JSON writes as null (Infinity) and null itself', () => {
    const validator = new IncrementalValidator();
    const definition = JSON.parse(generated);
    const [name] = Object.keys(definition.actions);
    definition.actions[name].description = Infinity;
    assert.deepEqual(checkValue(definition, { lint: 'always' }, validator), checkValue(definition, { lint: 'always' }));
    definition.actions[name].description = null;
    assert.deepEqual(checkValue(definition, { lint: 'always' }, validator), checkValue(definition, { lint: 'always' }));
  });

  it('keeps with its entry an empty YAML value written last, and gives the skeleton the key that follows', () => {
    const yaml = 'name: a/b\nversion: 1.0.0\nactions:\n  post:\n    title: Post\n  send:\n    title: Send\n    input:\n      schema:\n        type: object\n        required:\npublic: false\n';
    const [opened, edited] = checkInTurn([yaml, yaml.replace('title: Post', 'title: Posted')], 'yaml');
    assert.deepEqual(
      opened.diagnostics.filter(({ code }) => code === 'invalid-json-schema' || code === 'deprecated-property').map(({ code }) => code),
      ['invalid-json-schema', 'deprecated-property'],
    );
    assert.equal(edited.kind, 'partial');
  });

  it('gives the most severe problems within a limit, as withinProblemLimit does of all', () => {
    const validator = new IncrementalValidator();
    const at = firstActionTitle(generated);
    for (const text of [generated, generated.slice(0, at) + 'x'.repeat(80) + generated.slice(at)]) {
      for (const limit of [1, 3, 10]) {
        assert.deepEqual(validator.validate(parseDefinition(text, 'json'), { lint: 'always' }, limit), withinProblemLimit(validateDefinition(parseDefinition(text, 'json'), { lint: 'always' }), limit));
      }
    }
  });

  describe('with a problem limit and `early`, as the server checks an opened definition', () => {
    // Private, each action's 12 input fields untitled: hundreds of bp lint findings, information.
    const manyFindings = generateDefinition({ targetBytes: 150_000, seed: 5, faulty: false, shape: 'untitledInputs' });
    const limit = 100;
    const counted = (text: string, lint: LintMode = 'public') => withinProblemLimit(validateDefinition(parseDefinition(text, 'json'), { lint }), limit);
    const full = (text: string) => counted(text);

    it('shows the most severe problems before counting the others, and the next check of the same text counts them', () => {
      const validator = new IncrementalValidator();
      const parsed = parseDefinition(manyFindings, 'json');
      const full = counted(manyFindings);
      assert.ok(full.length === limit + 1 && full[0].code === 'too-many-problems', `${full.length} problems`);
      const early = validator.validate(parsed, { lint: 'public' }, limit, true);
      assert.equal(validator.lastRun.kind, 'early');
      assert.equal(early[0].message, `More than ${limit} problems in this definition; the ${limit} most severe ones are shown, the others are being counted.`);
      assert.deepEqual(early.slice(1), full.slice(1));
      assert.deepEqual(validator.validate(parsed, { lint: 'public' }, limit, true), full);
      assert.equal(validator.lastRun.kind, 'full');
    });

    it('is finished by the check of an edit that comes first, which then checks only the entry edited', () => {
      const validator = new IncrementalValidator();
      validator.validate(parseDefinition(manyFindings, 'json'), { lint: 'public' }, limit, true);
      const at = firstActionTitle(manyFindings);
      const edited = manyFindings.slice(0, at) + 'x'.repeat(80) + manyFindings.slice(at);
      assert.deepEqual(validator.validate(parseDefinition(edited, 'json'), { lint: 'public' }, limit, true), counted(edited));
      assert.deepEqual({ kind: validator.lastRun.kind, checkedParts: validator.lastRun.checkedParts }, { kind: 'partial', checkedParts: 1 });
    });

    it('is finished only by a check of the same text with the same settings', () => {
      const validator = new IncrementalValidator();
      const parsed = parseDefinition(manyFindings, 'json');
      validator.validate(parsed, { lint: 'public' }, limit, true);
      assert.deepEqual(validator.validate(parsed, { lint: 'always' }, limit), counted(manyFindings, 'always'));
      validator.validate(parsed, { lint: 'public' }, limit, true);
      validator.forgetUnfinished();
      validator.validate(parsed, { lint: 'public' }, limit, true);
      assert.equal(validator.lastRun.kind, 'early', 'a check after forgetting starts afresh');
    });

    it('is finished with rule levels read again into a new map, and is never followed by another early check', () => {
      const validator = new IncrementalValidator();
      const parsed = parseDefinition(manyFindings, 'json');
      // A configuration whose overrides match nothing gives new, empty levels at each read.
      validator.validate(parsed, { lint: 'public', rules: new Map() }, limit, true);
      assert.deepEqual(validator.validate(parsed, { lint: 'public', rules: new Map() }, limit, true), full(manyFindings));
      assert.equal(validator.lastRun.kind, 'full');
      const another = new IncrementalValidator();
      another.validate(parsed, { lint: 'public' }, limit, true);
      assert.equal(another.lastRun.kind, 'early');
      another.validate(parsed, { lint: 'public' }, limit + 1, true);
      assert.equal(another.lastRun.kind, 'full', 'settings changed: checked afresh, to the count');
    });

    it('finds everything at once when the problems do not fill the limit', () => {
      const validator = new IncrementalValidator();
      const diagnostics = validator.validate(parseDefinition(generated, 'json'), { lint: 'public' }, 10_000, true);
      assert.deepEqual(diagnostics, withinProblemLimit(validateDefinition(parseDefinition(generated, 'json'), { lint: 'public' }), 10_000));
      assert.equal(validator.lastRun.kind, 'full');
    });
  });
});
