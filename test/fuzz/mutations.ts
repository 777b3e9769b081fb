// Seeded mutators of definition texts: each damages a text the way an editor, a disk or an attacker
// might. Cases are reproducible from (seed, mutation, index) alone.
import { SeededRandom } from './seededRandom';

export interface Mutation {
  name: string;
  apply: (text: string, random: SeededRandom) => string;
}

const literals = ['"x"', '""', '0', '-1.5e308', '1e999', 'true', 'false', 'null', '{}', '[]', '{"a":1}', '[1,[2]]', 'title', '~', "'single'"];
const structural = ['{', '}', '[', ']', '"', ':', ',', '\n', '\\', '/*', '//', '#', '- ', ': ', '? ', '&a ', '*a', '!!binary ', '<<: *a', '|', '>', '---\n', '...\n', '%YAML 1.2\n', '\t', '\r'];
/** Strings, numbers and keywords: the tokens a type swap replaces. */
const valueToken = /"(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\btrue\b|\bfalse\b|\bnull\b/g;

function insertAt(text: string, offset: number, inserted: string): string {
  return text.slice(0, offset) + inserted + text.slice(offset);
}

function randomOffset(text: string, random: SeededRandom): number {
  return random.between(0, text.length);
}

/** A random match of the pattern in the text, or undefined when it has none. */
function randomMatch(text: string, pattern: RegExp, random: SeededRandom): RegExpMatchArray | undefined {
  const matches = [...text.matchAll(pattern)];
  return matches.length > 0 ? random.pick(matches) : undefined;
}

function randomCodeUnits(random: SeededRandom, count: number): string {
  return String.fromCharCode(...Array.from({ length: count }, () => (random.chance(0.5) ? random.below(0x80) : random.below(0x10000))));
}

/** UTF-8 sequences no encoder produces: stray continuation bytes, overlong forms, encoded surrogates, cut sequences. */
const invalidUtf8Sequences = [[0xff], [0xfe], [0x80], [0xbf, 0xbf], [0xc0, 0x80], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98], [0xf8, 0x88, 0x80, 0x80, 0x80]];

export function corruptUtf8(text: string, random: SeededRandom): Buffer {
  let bytes = Buffer.from(text, 'utf8');
  for (let count = random.between(1, 8); count > 0; count--) {
    const offset = random.between(0, bytes.length);
    bytes = Buffer.concat([bytes.subarray(0, offset), Buffer.from(random.pick(invalidUtf8Sequences)), bytes.subarray(offset)]);
  }
  return bytes;
}

export const mutations: readonly Mutation[] = [
  { name: 'truncation', apply: (text, random) => text.slice(0, randomOffset(text, random)) },
  {
    name: 'random code units',
    apply: (text, random) => {
      let mutated = text;
      for (let count = random.between(1, 20); count > 0; count--) mutated = insertAt(mutated, randomOffset(mutated, random), randomCodeUnits(random, random.between(1, 8)));
      return mutated;
    },
  },
  {
    name: 'structural characters',
    apply: (text, random) => {
      let mutated = text;
      for (let count = random.between(1, 10); count > 0; count--) mutated = insertAt(mutated, randomOffset(mutated, random), random.pick(structural));
      return mutated;
    },
  },
  {
    name: 'deleted range',
    apply: (text, random) => {
      const start = randomOffset(text, random);
      return text.slice(0, start) + text.slice(Math.min(text.length, start + random.between(1, 400)));
    },
  },
  {
    name: 'swapped types',
    apply: (text, random) => {
      let mutated = text;
      for (let count = random.between(1, 6); count > 0; count--) {
        const token = randomMatch(mutated, valueToken, random);
        if (!token) break;
        mutated = mutated.slice(0, token.index) + random.pick(literals) + mutated.slice(token.index! + token[0].length);
      }
      return mutated;
    },
  },
  {
    name: 'huge string',
    apply: (text, random) => {
      const length = random.between(100_000, 2_000_000);
      const huge = random.chance(0.5) ? 'x'.repeat(length) : '😀é\\u00e9'.repeat(Math.ceil(length / 9));
      const token = randomMatch(text, /"(?:[^"\\\n]|\\.)*"/g, random);
      if (!token || random.chance(0.2)) return insertAt(text, randomOffset(text, random), huge);
      return text.slice(0, token.index! + 1) + huge + text.slice(token.index! + token[0].length - 1);
    },
  },
  {
    name: 'deep nesting',
    apply: (text, random) => {
      const depth = random.pick([50, 999, 1000, 1001, 5000, 50_000]);
      const [opener, closer] = random.pick([['[', ']'], ['{"a":', '}'], ['[{"a":', '}]'], ['- ', ''], ['? ', ''], ['a: ', '']]);
      const leaf = random.pick(['1', '1: x', '"x"', '']);
      const nested =
        random.chance(0.15)
          ? // YAML nesting by indentation alone: no bracket to count. Its size grows with depth squared.
            Array.from({ length: Math.min(depth, 1500) }, (_, level) => ' '.repeat(level) + 'a:').join('\n') + ' ' + leaf
          : opener.repeat(depth) + leaf + (random.chance(0.7) ? closer.repeat(depth) : '');
      const token = randomMatch(text, valueToken, random);
      if (!token || random.chance(0.3)) return nested;
      return text.slice(0, token.index) + nested + text.slice(token.index! + token[0].length);
    },
  },
  {
    name: 'duplicated keys',
    apply: (text, random) => {
      const lines = text.split('\n');
      const line = random.below(lines.length);
      const span = random.between(1, 12);
      const copies = Array.from({ length: random.between(1, 40) }, () => lines.slice(line, line + span)).flat();
      return [...lines.slice(0, line), ...copies, ...lines.slice(line)].join('\n');
    },
  },
  {
    name: 'lone surrogates',
    apply: (text, random) => {
      let mutated = text;
      for (let count = random.between(1, 10); count > 0; count--) {
        const unit = random.pick(['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDFFF\uD800', '\\ud800', '\\udfff', '\\ud83d\\u0041']);
        mutated = insertAt(mutated, randomOffset(mutated, random), unit);
      }
      return mutated;
    },
  },
  { name: 'invalid UTF-8', apply: (text, random) => corruptUtf8(text, random).toString('utf8') },
  {
    name: 'byte order marks and line ends',
    apply: (text, random) => {
      const variants = [
        () => '\uFEFF' + text,
        () => '\uFEFF\uFEFF' + text,
        () => text.replace(/\n/g, '\r\n'),
        () => text.replace(/\n/g, '\r'),
        () => text.replace(/\n/g, '\u2028'),
        () => insertAt(text, randomOffset(text, random), '\uFEFF'),
        () => text.replace(/ {2}/g, '\t'),
        () => '\0'.repeat(random.between(1, 4096)),
      ];
      return random.pick(variants)();
    },
  },
  {
    name: 'repeated slice',
    apply: (text, random) => {
      const start = randomOffset(text, random);
      const slice = text.slice(start, start + random.between(1, 2000));
      return insertAt(text, start, slice.repeat(random.between(2, 200)));
    },
  },
];

/** A case's own generator: independent of every other case, so one case reproduces alone. */
export function caseRandom(seed: number, mutationIndex: number, caseIndex: number): SeededRandom {
  return new SeededRandom(Math.imul(seed ^ 0x9e3779b9, 31 * 1009) + mutationIndex * 1_000_003 + caseIndex * 7919);
}

/** Beyond this size a case gets no further mutations, so that stacked ones cannot grow without bound. */
const stackingLimit = 200_000;

/** The text of one case: the named mutation, sometimes followed by others. */
export function mutate(source: string, mutationIndex: number, random: SeededRandom): { text: string; applied: string[] } {
  let text = mutations[mutationIndex].apply(source, random);
  const applied = [mutations[mutationIndex].name];
  while (text.length < stackingLimit && random.chance(0.25)) {
    const extra = random.pick(mutations);
    text = extra.apply(text, random);
    applied.push(extra.name);
  }
  return { text, applied };
}
