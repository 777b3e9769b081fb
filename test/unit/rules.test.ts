import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { nodeFileAccess } from '../../core/src/nodeFileAccess';
import { type DefinitionLanguage, languageOf, parseDefinition } from '../../core/src/parse/definitionDocument';
import { type ServiceDiagnostic, Severity } from '../../core/src/diagnostics/diagnostic';
import { rules } from '../../core/src/rules';
import { collectionLimits } from '../../core/src/rules/collectionLimits';
import { creationEnabled } from '../../core/src/rules/creationEnabled';
import { deprecatedProperties, deprecatedPropertyDiagnostics } from '../../core/src/rules/deprecatedProperties';
import { duplicateKeys } from '../../core/src/rules/duplicateKeys';
import { identifierFormat } from '../../core/src/rules/identifierFormat';
import { jsonSchemaValidity } from '../../core/src/rules/jsonSchemaValidity';
import { keyCasing } from '../../core/src/rules/keyCasing';
import { nameSlashes } from '../../core/src/rules/nameSlashes';
import { referencedFilePaths } from '../../core/src/rules/referencedFilePaths';
import { requiredTags } from '../../core/src/rules/requiredTags';
import type { Rule } from '../../core/src/rules/rule';
import { schemaRootObject } from '../../core/src/rules/schemaRootObject';
import { schemaSize } from '../../core/src/rules/schemaSize';
import { secretNameCasing } from '../../core/src/rules/secretNameCasing';
import { svgContent } from '../../core/src/rules/svgContent';
import { versionSemver } from '../../core/src/rules/versionSemver';
import { ruleContext, validateDefinition } from '../../core/src/validate';
import { fakeFiles } from '../helpers/fakeFiles';
import { parseMarkers } from '../helpers/markers';

const definitionPath = '/project/integration.definition.json';
const severityNames: Record<Severity, string> = {
  [Severity.Error]: 'error',
  [Severity.Warning]: 'warning',
  [Severity.Information]: 'information',
  [Severity.Hint]: 'hint',
};

interface FixtureOptions {
  language?: DefinitionLanguage;
  /** Files beside the definition, by path relative to its folder; without them the definition is unsaved. */
  files?: Record<string, string>;
}

function runRule(rule: Rule, text: string, options: FixtureOptions = {}): ServiceDiagnostic[] {
  const language = options.language ?? 'json';
  const parsed = parseDefinition(text, language);
  assert.ok(parsed.root, 'the fixture parses');
  const files = options.files
    ? fakeFiles(Object.fromEntries(Object.entries(options.files).map(([path, content]) => [`/project/${path}`, content])))
    : undefined;
  const diagnostics = rule(ruleContext(parsed, parsed.root, { definitionPath: files ? definitionPath : undefined, files }));
  return diagnostics.sort((a, b) => a.offset - b.offset);
}

/** Severity, code, the text in range, message and data of each diagnostic. */
function summarizeFully(text: string, diagnostics: readonly ServiceDiagnostic[]): string[] {
  return diagnostics.map(
    (d) =>
      `${severityNames[d.severity]} ${d.code} ${JSON.stringify(text.slice(d.offset, d.offset + d.length))}: ${d.message}` +
      (d.data ? ` ${JSON.stringify(d.data)}` : ''),
  );
}

function expectRule(rule: Rule, marked: string, expected: string[], options: FixtureOptions = {}): void {
  const { text, ranges } = parseMarkers(marked);
  const diagnostics = runRule(rule, text, options);
  assert.deepEqual(summarizeFully(text, diagnostics), expected);
  assert.deepEqual(
    diagnostics.map(({ offset, length }) => ({ offset, length })),
    ranges,
  );
}

const yaml = (...lines: string[]) => ({ text: lines.join('\n') + '\n' });
const inYaml: FixtureOptions = { language: 'yaml' };

describe('rules: registration and the examples', () => {
  it('registers every rule once', () => {
    assert.deepEqual(
      rules.map((rule) => rule.name),
      [
        'duplicateKeys',
        'keyCasing',
        'secretNameCasing',
        'nameSlashes',
        'versionSemver',
        'referencedFilePaths',
        'svgContent',
        'jsonSchemaValidity',
        'creationEnabled',
        'deprecatedProperties',
        'schemaRootObject',
        'schemaSize',
        'collectionLimits',
        'identifierFormat',
        'requiredTags',
        'bpLint',
      ],
    );
  });

  it('finds nothing at all in the examples, with their files on disk', () => {
    for (const file of ['integration.definition.json', 'integration.definition.yaml']) {
      const path = resolve('examples', file);
      const parsed = parseDefinition(readFileSync(path, 'utf8'), languageOf(file));
      assert.deepEqual(validateDefinition(parsed, { definitionPath: path, files: nodeFileAccess }), [], file);
    }
  });

  it('runs through validateDefinition with the files it is given', () => {
    const text = '{ "name": "a", "version": "1.0.0", "title": "A", "description": "D", "icon": "icon.svg", "readme": "hub.md" }';
    const diagnostics = validateDefinition(parseDefinition(text, 'json'), { definitionPath, files: fakeFiles({ '/project/icon.svg': '<svg/>' }) });
    assert.deepEqual(summarizeFully(text, diagnostics), [
      'error file-missing "\\"hub.md\\"": readme file "hub.md" does not exist. {"path":"/project/hub.md","kind":"readme"}',
    ]);
  });

  it('never throws on values of the wrong type anywhere', () => {
    const odd = [
      '[]',
      '"text"',
      '{ "actions": "x", "channels": [1], "secrets": 5, "events": null, "states": { "a": "b" }, "name": 5, "version": {}, "icon": 5, "public": "no" }',
      '{ "user": { "creation": { "enabled": "yes", "requiredTags": "id" }, "tags": [] }, "configuration": { "schema": [] }, "configurations": [] }',
      '{ "actions": { "a": { "input": { "schema": { "properties": [1, 2], "type": 3 } }, "output": { "schema": true } } } }',
      '{ "channels": { "c": { "messages": [], "conversation": { "creation": { "requiredTags": [1, null, {}] }, "tags": "x" } } } }',
      '{ "events": { "e": { "schema": ' + '{ "items": '.repeat(500) + '{}' + ' }'.repeat(500) + ' } } }',
      '{ "icon": "", "readme": ".", "code": "src/" }',
    ];
    const yamlOdd = ['actions:\n', 'title:\nsecrets:\n  - A\n', 'channels: &c\n  c:\n    messages: *c\n'];
    const files = { 'icon.svg': '' };
    for (const rule of rules) {
      for (const text of odd) assert.doesNotThrow(() => runRule(rule, text, { files }), `${rule.name} on ${text.slice(0, 60)}`);
      for (const text of yamlOdd) assert.doesNotThrow(() => runRule(rule, text, { ...inYaml, files }), `${rule.name} on ${text}`);
    }
  });
});

describe('rule: action, channel, message, event and state keys are camelCase', () => {
  it('flags each kind of key at the key, with the camelCase name to rename to', () => {
    expectRule(
      keyCasing,
      `{
        "actions": { «"send_message"»: {}, "getUser": {} },
        "channels": { «"Chat"»: { "messages": { «"rich_text"»: {}, "text": {} } } },
        "events": { «"user-joined"»: {} },
        "states": { «"getHTTPData"»: {} }
      }`,
      [
        'error action-key-casing "\\"send_message\\"": Action name "send_message" is not camelCase; use "sendMessage". {"suggestion":"sendMessage"}',
        'error channel-key-casing "\\"Chat\\"": Channel name "Chat" is not camelCase; use "chat". {"suggestion":"chat"}',
        'error message-key-casing "\\"rich_text\\"": Message name "rich_text" is not camelCase; use "richText". {"suggestion":"richText"}',
        'error event-key-casing "\\"user-joined\\"": Event name "user-joined" is not camelCase; use "userJoined". {"suggestion":"userJoined"}',
        'error state-key-casing "\\"getHTTPData\\"": State name "getHTTPData" is not camelCase; use "getHttpData". {"suggestion":"getHttpData"}',
      ],
    );
  });

  it('suggests no rename onto an existing key nor an empty one', () => {
    expectRule(keyCasing, '{ "actions": { «"get_data"»: {}, "getData": {}, «"--"»: {} } }', [
      'error action-key-casing "\\"get_data\\"": Action name "get_data" is not camelCase: use ASCII letters and digits, each capital right after a lowercase letter.',
      'error action-key-casing "\\"--\\"": Action name "--" is not camelCase: use ASCII letters and digits, each capital right after a lowercase letter.',
    ]);
  });

  it('suggests no rename for a name longer than the longest identifier', () => {
    const longest = `get_${'a'.repeat(96)}`;
    const longer = `${longest}a`;
    expectRule(keyCasing, `{ "actions": { «"${longest}"»: {}, «"${longer}"»: {} } }`, [
      `error action-key-casing "\\"${longest}\\"": Action name "${longest}" is not camelCase; use "get${'A'}${'a'.repeat(95)}". {"suggestion":"get${'A'}${'a'.repeat(95)}"}`,
      `error action-key-casing "\\"${longer}\\"": Action name "${longer}" is not camelCase: use ASCII letters and digits, each capital right after a lowercase letter.`,
    ]);
  });

  it('flags YAML keys', () => {
    const { text } = yaml('actions:', '  «SendMessage»:', '    title: Send', 'channels:', '  chat:', '    messages:', '      «rich-text»: {}');
    expectRule(
      keyCasing,
      text,
      [
        'error action-key-casing "SendMessage": Action name "SendMessage" is not camelCase; use "sendMessage". {"suggestion":"sendMessage"}',
        'error message-key-casing "rich-text": Message name "rich-text" is not camelCase; use "richText". {"suggestion":"richText"}',
      ],
      inYaml,
    );
  });

  it('accepts camelCase keys and leaves other maps alone', () => {
    expectRule(keyCasing, '{ "actions": { "a": {}, "getUser2fa": {} }, "entities": { "my_entity": {} }, "user": { "tags": { "user_id": {} } } }', []);
  });
});

describe('rule: secret names are SCREAMING_SNAKE_CASE', () => {
  it('flags secret names at the key, with the converted name', () => {
    expectRule(secretNameCasing, '{ "secrets": { «"apiKey"»: {}, «"API__KEY"»: {}, "API_TOKEN": {}, «"_"»: {} } }', [
      'error secret-name-casing "\\"apiKey\\"": Secret name "apiKey" is not SCREAMING_SNAKE_CASE; use "API_KEY". {"suggestion":"API_KEY"}',
      'error secret-name-casing "\\"API__KEY\\"": Secret name "API__KEY" is not SCREAMING_SNAKE_CASE; use "API_KEY". {"suggestion":"API_KEY"}',
      'error secret-name-casing "\\"_\\"": Secret name "_" is not SCREAMING_SNAKE_CASE: use capitals and digits, words joined by single underscores.',
    ]);
  });

  it('flags YAML secret names', () => {
    const { text } = yaml('secrets:', '  «signing-secret»:', '    description: Signs webhooks', '  SENTRY_DSN: {}');
    expectRule(
      secretNameCasing,
      text,
      ['error secret-name-casing "signing-secret": Secret name "signing-secret" is not SCREAMING_SNAKE_CASE; use "SIGNING_SECRET". {"suggestion":"SIGNING_SECRET"}'],
      inYaml,
    );
  });
});

describe('rule: the name has at most one "/"', () => {
  it('flags a name with two slashes at the value', () => {
    expectRule(nameSlashes, '{ "name": «"acme/chat/v2"» }', ['error name-slashes "\\"acme/chat/v2\\"": name has 2 "/"; at most one is allowed, as in "handle/name".']);
    expectRule(nameSlashes, 'name: «a/b/c/d»\n', ['error name-slashes "a/b/c/d": name has 3 "/"; at most one is allowed, as in "handle/name".'], inYaml);
  });

  it('accepts handle/name and a plain name', () => {
    expectRule(nameSlashes, '{ "name": "acme/chat" }', []);
    expectRule(nameSlashes, 'name: chat\n', [], inYaml);
  });
});

describe('rule: version is a semantic version', () => {
  it('flags versions semver refuses, at the value', () => {
    for (const version of ['1.2', 'latest', '1.2.3.4', 'v1.2.3', '01.2.3', '1.2.3-', '']) {
      expectRule(versionSemver, `{ "version": «${JSON.stringify(version)}» }`, [
        `error version-semver ${JSON.stringify(JSON.stringify(version))}: version "${version}" is not a semantic version: use MAJOR.MINOR.PATCH, such as "1.0.0".`,
      ]);
    }
  });

  it('accepts pre-release and build metadata, in YAML too', () => {
    expectRule(versionSemver, '{ "version": "1.2.3-beta.1+build.5" }', []);
    expectRule(versionSemver, 'version: 0.4.0\n', [], inYaml);
    expectRule(versionSemver, 'version: «"2.0"»\n', ['error version-semver "\\"2.0\\"": version "2.0" is not a semantic version: use MAJOR.MINOR.PATCH, such as "1.0.0".'], inYaml);
  });
});

describe('rule: icon, readme and code name files inside the folder', () => {
  const files = { 'icon.svg': '<svg/>', 'hub.md': '# Hub', 'src/index.ts': '', 'ICON.SVG': '<svg/>' };

  it('accepts existing files of the allowed kinds, extensions in any case, paths that stay inside', () => {
    expectRule(referencedFilePaths, '{ "icon": "ICON.SVG", "readme": "./docs/../hub.md", "code": "src/index.ts" }', [], { files });
  });

  it('flags absolute paths and paths that leave the folder', () => {
    expectRule(referencedFilePaths, '{ "icon": «"../icon.svg"», "readme": «"/project/hub.md"», "code": «"C:\\\\src\\\\index.ts"» }', [
      'error file-outside-folder "\\"../icon.svg\\"": icon "../icon.svg" points outside this definition\'s folder.',
      'error file-outside-folder "\\"/project/hub.md\\"": readme must be a path relative to this definition\'s folder; "/project/hub.md" is absolute.',
      'error file-outside-folder "\\"C:\\\\\\\\src\\\\\\\\index.ts\\"": code must be a path relative to this definition\'s folder; "C:\\\\src\\\\index.ts" is absolute.',
    ], { files });
  });

  it('flags wrong extensions with the allowed ones from the schema', () => {
    expectRule(referencedFilePaths, '{ "icon": «"icon.png"», "readme": «"hub.txt"», "code": «"main.py"» }', [
      'error file-extension "\\"icon.png\\"": icon must end in .svg; "icon.png" does not. {"extensions":[".svg"]}',
      'error file-extension "\\"hub.txt\\"": readme must end in .md; "hub.txt" does not. {"extensions":[".md"]}',
      'error file-extension "\\"main.py\\"": code must end in .ts, .js, .mts, .cts, .mjs or .cjs; "main.py" does not. {"extensions":[".ts",".js",".mts",".cts",".mjs",".cjs"]}',
    ], { files });
  });

  it('flags missing files with the absolute path a quick fix creates', () => {
    expectRule(referencedFilePaths, '{ "icon": «"assets/icon.svg"», "readme": «"README.md"», "code": «"src/main.ts"» }', [
      'error file-missing "\\"assets/icon.svg\\"": icon file "assets/icon.svg" does not exist. {"path":"/project/assets/icon.svg","kind":"icon"}',
      'error file-missing "\\"README.md\\"": readme file "README.md" does not exist. {"path":"/project/README.md","kind":"readme"}',
      'error file-missing "\\"src/main.ts\\"": code file "src/main.ts" does not exist. {"path":"/project/src/main.ts","kind":"code"}',
    ], { files });
  });

  it('checks only the path itself in an unsaved definition', () => {
    expectRule(referencedFilePaths, '{ "icon": "nowhere.svg", "readme": «"../hub.md"» }', [
      'error file-outside-folder "\\"../hub.md\\"": readme "../hub.md" points outside this definition\'s folder.',
    ]);
  });

  it('flags YAML paths', () => {
    const { text } = yaml('icon: «icon.jpg»', 'readme: «docs/hub.md»', 'code: src/index.ts');
    expectRule(
      referencedFilePaths,
      text,
      [
        'error file-extension "icon.jpg": icon must end in .svg; "icon.jpg" does not. {"extensions":[".svg"]}',
        'error file-missing "docs/hub.md": readme file "docs/hub.md" does not exist. {"path":"/project/docs/hub.md","kind":"readme"}',
      ],
      { ...inYaml, files },
    );
  });
});

describe('rule: the icon parses as SVG', () => {
  it('flags an icon that is not SVG at the path, saying what is wrong', () => {
    expectRule(svgContent, '{ "icon": «"icon.svg"» }', ['error invalid-svg "\\"icon.svg\\"": icon "icon.svg" is not valid SVG: the root element is <html>, not <svg>.'], {
      files: { 'icon.svg': '<html></html>' },
    });
    expectRule(svgContent, 'icon: «art/Logo.SVG»\n', ['error invalid-svg "art/Logo.SVG": icon "art/Logo.SVG" is not valid SVG: the file is empty.'], {
      ...inYaml,
      files: { 'art/Logo.SVG': '' },
    });
  });

  it('accepts a valid SVG and leaves missing files, wrong paths and unsaved definitions to other rules', () => {
    expectRule(svgContent, '{ "icon": "icon.svg" }', [], { files: { 'icon.svg': '<?xml version="1.0"?>\n<svg></svg>\n' } });
    expectRule(svgContent, '{ "icon": "missing.svg" }', [], { files: {} });
    expectRule(svgContent, '{ "icon": "../icon.svg" }', [], { files: { '../icon.svg': 'x' } });
    expectRule(svgContent, '{ "icon": "icon.svg" }', []);
  });
});

describe('rule: duplicate keys', () => {
  it('flags every repeat after the first, at any depth, in objects inside arrays too', () => {
    expectRule(
      duplicateKeys,
      '{ "name": "a", «"name"»: "b", "actions": { "x": {}, «"x"»: {}, «"x"»: {} }, "layers": [{ "k": 1, «"k"»: 2 }] }',
      [
        'error duplicate-key "\\"name\\"": Duplicate key "name": only the last one counts. {"key":"name"}',
        'error duplicate-key "\\"x\\"": Duplicate key "x": only the last one counts. {"key":"x"}',
        'error duplicate-key "\\"x\\"": Duplicate key "x": only the last one counts. {"key":"x"}',
        'error duplicate-key "\\"k\\"": Duplicate key "k": only the last one counts. {"key":"k"}',
      ],
    );
  });

  it('flags a repeat in a nested schema, and none in JSON where every key is written once', () => {
    expectRule(duplicateKeys, '{ "events": { "e": { "schema": { "type": "object", "properties": { "a": { "type": "string", «"type"»: "number" } } } } } }', [
      'error duplicate-key "\\"type\\"": Duplicate key "type": only the last one counts. {"key":"type"}',
    ]);
    expectRule(duplicateKeys, '{ "events": { "e": { "schema": { "type": "object", "properties": { "type": { "type": "string" } } } } }, "type": [{ "type": 1 }] }', []);
  });

  it('flags YAML duplicates and accepts equal keys in different objects', () => {
    const { text } = yaml('name: a', 'secrets:', '  A: {}', '  «A»: {}', '«name»: b', 'user:', '  tags:', '    A: {}');
    expectRule(
      duplicateKeys,
      text,
      [
        'error duplicate-key "A": Duplicate key "A": only the last one counts. {"key":"A"}',
        'error duplicate-key "name": Duplicate key "name": only the last one counts. {"key":"name"}',
      ],
      inYaml,
    );
  });
});

describe('rule: deprecated properties', () => {
  it('warns about public at the key, with the visibility a quick fix writes', () => {
    expectRule(deprecatedProperties, '{ «"public"»: true }', [
      'warning deprecated-property "\\"public\\"": public is deprecated; set visibility to "public" instead. {"replacement":"visibility","value":"public"}',
    ]);
    expectRule(
      deprecatedProperties,
      'name: a\n«public»: false\n',
      ['warning deprecated-property "public": public is deprecated; set visibility to "private" instead. {"replacement":"visibility","value":"private"}'],
      inYaml,
    );
  });

  it('explains with the schema description when there is no value to convert', () => {
    expectRule(deprecatedProperties, '{ «"public"»: "yes" }', [
      'warning deprecated-property "\\"public\\"": public is deprecated. Indicates whether the integration is public. Please use the "visibility" parameter instead.',
    ]);
  });

  it('finds deprecation from the schema at any depth, through maps and arrays', () => {
    const schema = {
      properties: {
        channels: { additionalProperties: { properties: { old: { deprecated: true, description: '[DEPRECATED] Use "fresh".' }, fresh: {} } } },
        list: { items: { properties: { gone: { deprecated: true } } } },
      },
    };
    const { text, ranges } = parseMarkers('{ "channels": { "a": { «"old"»: 1, "fresh": 2 } }, "list": [{ «"gone"»: 1 }] }');
    const root = parseDefinition(text, 'json').root;
    assert.ok(root);
    const diagnostics = deprecatedPropertyDiagnostics(root, JSON.parse(text), schema, false);
    assert.deepEqual(summarizeFully(text, diagnostics), [
      'warning deprecated-property "\\"old\\"": old is deprecated. Use "fresh".',
      'warning deprecated-property "\\"gone\\"": gone is deprecated.',
    ]);
    assert.deepEqual(
      diagnostics.map(({ offset, length }) => ({ offset, length })),
      ranges,
    );
  });
});

describe('rule: creation.enabled is deprecated', () => {
  const refused = (path: string, creation: string) =>
    `warning creation-enabled-deprecated "true": ${path} is deprecated: set to true, a deploy is refused on a first version or a new major version unless deprecated features are allowed (--allow-deprecated; the deploy plan says which this is), as the Botpress CLI refuses it. Set it to false, or remove ${creation}.`;

  it('is a warning at a true value, for the user and each channel conversation: the deploy plan decides whether it is refused', () => {
    expectRule(
      creationEnabled,
      '{ "user": { "creation": { "enabled": «true» } }, "channels": { "chat": { "conversation": { "creation": { "enabled": «true» } } }, "dm": { "conversation": { "creation": { "enabled": false } } } } }',
      [refused('user.creation.enabled', 'user.creation'), refused('channels.chat.conversation.creation.enabled', 'channels.chat.conversation.creation')],
    );
  });

  it('is a warning in YAML and accepts false', () => {
    const { text } = yaml('user:', '  creation:', '    enabled: «true»', '    requiredTags: []');
    expectRule(creationEnabled, text, [refused('user.creation.enabled', 'user.creation')], inYaml);
    expectRule(creationEnabled, 'user:\n  creation:\n    enabled: false\n', [], inYaml);
  });
});

describe('rule: nested schemas are valid JSON Schema', () => {
  it('reports at the innermost culprit, with the allowed values and a suggestion', () => {
    expectRule(
      jsonSchemaValidity,
      `{ "actions": { "a": { "input": { "schema": {
        "type": «"objekt"»,
        "properties": { "n": «5», "t": { "type": ["string", «"strin"»] }, "p": { "pattern": «"[a-"» } },
        "required": «"n"»,
        "minLength": «-1»,
        "enum": [1],
        "dependencies": { "x": «["y", "y"]» }
      } } } } }`,
      [
        'error invalid-json-schema "\\"objekt\\"": Invalid JSON Schema: type must be one of "array", "boolean", "integer", "null", "number", "object", "string"; it is "objekt". Did you mean "object"? {"suggestion":"object"}',
        'error invalid-json-schema "5": Invalid JSON Schema: properties.n must be an object or a boolean; it is 5.',
        'error invalid-json-schema "\\"strin\\"": Invalid JSON Schema: properties.t.type[1] must be one of "array", "boolean", "integer", "null", "number", "object", "string"; it is "strin". Did you mean "string"? {"suggestion":"string"}',
        'error invalid-json-schema "\\"[a-\\"": Invalid JSON Schema: properties.p.pattern is not a valid regular expression.',
        'error invalid-json-schema "\\"n\\"": Invalid JSON Schema: required must be an array; it is "n".',
        'error invalid-json-schema "-1": Invalid JSON Schema: minLength must be at least 0; it is -1.',
        'error invalid-json-schema "[\\"y\\", \\"y\\"]": Invalid JSON Schema: dependencies.x lists the same item twice (items 0 and 1).',
      ],
    );
  });

  it('checks every place the definition holds a schema', () => {
    const bad = '{ "type": «"text"» }';
    expectRule(
      jsonSchemaValidity,
      `{
        "configuration": { "schema": ${bad} },
        "configurations": { "oauth": { "schema": ${bad} } },
        "states": { "s": { "schema": ${bad} } },
        "events": { "e": { "schema": ${bad} } },
        "actions": { "a": { "input": { "schema": ${bad} }, "output": { "schema": ${bad} } } },
        "entities": { "n": { "schema": ${bad} } },
        "channels": { "c": { "messages": { "m": { "schema": ${bad} } } } }
      }`,
      Array(8).fill(
        'error invalid-json-schema "\\"text\\"": Invalid JSON Schema: type must be one of "array", "boolean", "integer", "null", "number", "object", "string"; it is "text".',
      ),
    );
  });

  it('reports YAML schemas, once for a schema shared through an alias', () => {
    const { text } = yaml(
      'actions:',
      '  a:',
      '    input:',
      '      schema: &shared',
      '        type: object',
      '        properties:',
      '          n:',
      '            type: «strng»',
      '    output:',
      '      schema: *shared',
    );
    expectRule(
      jsonSchemaValidity,
      text,
      [
        'error invalid-json-schema "strng": Invalid JSON Schema: properties.n.type must be one of "array", "boolean", "integer", "null", "number", "object", "string"; it is "strng". Did you mean "string"? {"suggestion":"string"}',
      ],
      inYaml,
    );
  });

  it('accepts valid schemas and leaves non-object values to the definition schema', () => {
    expectRule(
      jsonSchemaValidity,
      '{ "states": { "s": { "schema": { "type": "object", "properties": { "a": { "type": ["string", "null"], "pattern": "^a+$" } }, "required": ["a"] } } }, "events": { "e": { "schema": "x" } } }',
      [],
    );
  });

  it('reports a local $ref that points nowhere in its own schema, at the $ref value', () => {
    expectRule(
      jsonSchemaValidity,
      `{
        "actions": { "a": { "input": { "schema": {
          "type": "object",
          "definitions": { "name": { "type": "string" }, "a/b": {}, "c d": {}, "pair": { "items": [{}, { "type": "number" }] } },
          "properties": {
            "found": { "$ref": "#/definitions/name" },
            "missing": { "$ref": «"#/definitions/missing"» },
            "escaped": { "allOf": [{ "$ref": "#/definitions/a~1b" }, { "$ref": "#/definitions/c%20d" }] },
            "item": { "$ref": "#/definitions/pair/items/1" },
            "pastItems": { "anyOf": [{ "$ref": «"#/definitions/pair/items/2"» }] },
            "root": { "items": { "$ref": "#" } },
            "definition": { "$ref": «"#/actions/a"» },
            "remote": { "$ref": "other.json#/definitions/missing" },
            "anchor": { "$ref": "#named" }
          },
          "additionalProperties": { "not": { "$ref": «"#/properties/found/type"» } },
          "enum": [{ "$ref": "#/not/a/schema" }],
          "default": { "$ref": "#/not/a/schema" }
        } } } }
      }`,
      [
        'error invalid-json-schema "\\"#/definitions/missing\\"": Invalid JSON Schema: $ref "#/definitions/missing" points to nothing in this schema.',
        'error invalid-json-schema "\\"#/definitions/pair/items/2\\"": Invalid JSON Schema: $ref "#/definitions/pair/items/2" points to nothing in this schema.',
        'error invalid-json-schema "\\"#/actions/a\\"": Invalid JSON Schema: $ref "#/actions/a" points to nothing in this schema.',
        'error invalid-json-schema "\\"#/properties/found/type\\"": Invalid JSON Schema: $ref "#/properties/found/type" points to nothing in this schema.',
      ],
    );
  });

  it('resolves a local $ref inside a subschema with an $id of its own against that subschema', () => {
    expectRule(
      jsonSchemaValidity,
      `{ "states": { "s": { "schema": {
        "type": "object",
        "definitions": { "name": { "type": "string" } },
        "properties": {
          "own": { "$id": "own.json", "definitions": { "id": {} }, "properties": { "a": { "$ref": "#/definitions/id" }, "b": { "$ref": «"#/definitions/name"» } } },
          "place": { "$id": "#place", "properties": { "c": { "$ref": "#/definitions/name" } } }
        }
      } } } }`,
      ['error invalid-json-schema "\\"#/definitions/name\\"": Invalid JSON Schema: $ref "#/definitions/name" points to nothing in this schema.'],
    );
  });

  it('finds a $ref key written with escapes', () => {
    expectRule(
      jsonSchemaValidity,
      '{ "events": { "e": { "schema": { "type": "object", "properties": { "a": { "\\u0024ref": «"#/nowhere"» }, "b": { "$r\\u0065f": "#/properties/a" } } } } } }',
      ['error invalid-json-schema "\\"#/nowhere\\"": Invalid JSON Schema: $ref "#/nowhere" points to nothing in this schema.'],
    );
  });

  it('reports a YAML $ref once, where it is written, when an alias repeats it', () => {
    const { text } = yaml(
      'events:',
      '  e:',
      '    schema:',
      '      type: object',
      '      properties:',
      "        first: &shared { $ref: «'#/definitions/other'» }",
      '        second: *shared',
    );
    expectRule(
      jsonSchemaValidity,
      text,
      ['error invalid-json-schema "\'#/definitions/other\'": Invalid JSON Schema: $ref "#/definitions/other" points to nothing in this schema.'],
      inYaml,
    );
  });
});

describe('rule: nested schemas are checked against the draft their $schema names', () => {
  const schemas = (byKey: Record<string, string>) =>
    `{ "states": { ${Object.entries(byKey)
      .map(([key, schema]) => `"${key}": { "schema": ${schema} }`)
      .join(', ')} } }`;

  it('checks draft-06, draft-07, 2019-09 and 2020-12 schemas against their own meta-schema', () => {
    expectRule(
      jsonSchemaValidity,
      schemas({
        unnamed: '{ "type": "object", "exclusiveMinimum": «true», "prefixItems": 5 }',
        draft07: '{ "$schema": "http://json-schema.org/draft-07/schema#", "readOnly": «"yes"» }',
        draft06: '{ "$schema": "http://json-schema.org/draft-06/schema#", "readOnly": "yes", "exclusiveMinimum": «false» }',
        draft2019: '{ "$schema": "https://json-schema.org/draft/2019-09/schema", "$defs": { "a": «5» }, "dependentRequired": { "a": «"b"» } }',
        draft2020: '{ "$schema": "https://json-schema.org/draft/2020-12/schema", "prefixItems": «{}», "$defs": { "a": {} }, "$ref": "#/$defs/a" }',
      }),
      [
        'error invalid-json-schema "true": Invalid JSON Schema: exclusiveMinimum must be a number; it is true.',
        'error invalid-json-schema "\\"yes\\"": Invalid JSON Schema: readOnly must be a boolean; it is "yes".',
        'error invalid-json-schema "false": Invalid JSON Schema: exclusiveMinimum must be a number; it is false.',
        'error invalid-json-schema "5": Invalid JSON Schema: $defs.a must be an object or a boolean; it is 5.',
        'error invalid-json-schema "\\"b\\"": Invalid JSON Schema: dependentRequired.a must be an array; it is "b".',
        'error invalid-json-schema "{}": Invalid JSON Schema: prefixItems must be an array; it is an object.',
      ],
    );
  });

  it('skips the meta-schema of drafts it has no meta-schema for, still checking their local $refs', () => {
    expectRule(
      jsonSchemaValidity,
      schemas({
        draft04: `{ "$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
          "properties": { "n": { "type": "number", "minimum": 0, "exclusiveMinimum": true }, "m": { "$ref": «"#/definitions/m"» } } }`,
        draft04Id: '{ "$schema": "http://json-schema.org/draft-04/schema", "id": "root.json", "properties": { "o": { "id": "o.json", "$ref": «"#/properties"» } } }',
        unknown: '{ "$schema": "https://example.com/my-meta-schema", "type": "objekt" }',
        notAString: '{ "$schema": «5», "type": "object" }',
      }),
      [
        'error invalid-json-schema "\\"#/definitions/m\\"": Invalid JSON Schema: $ref "#/definitions/m" points to nothing in this schema.',
        'error invalid-json-schema "\\"#/properties\\"": Invalid JSON Schema: $ref "#/properties" points to nothing in this schema.',
        'error invalid-json-schema "5": Invalid JSON Schema: $schema must be a string; it is 5.',
      ],
    );
  });

  it('still warns about the root and the size of a draft-04 schema', () => {
    const draft04 = '{ "events": { "e": { «"schema"»: { "$schema": "http://json-schema.org/draft-04/schema#", "exclusiveMinimum": true } } } }';
    expectRule(schemaRootObject, draft04, [
      'warning schema-root-not-object "\\"schema\\"": The root of events.e.schema must have type "object"; it has no type. {"type":"object"}',
    ]);
    const $schema = 'http://json-schema.org/draft-04/schema#';
    const description = 'x'.repeat(102_401 - JSON.stringify({ $schema, description: '' }).length);
    expectRule(schemaSize, `{ "events": { "e": { «"schema"»: { "$schema": "${$schema}", "description": "${description}" } } } }`, [
      'warning schema-too-large "\\"schema\\"": events.e.schema is 102401 bytes serialized; the platform allows at most 102400 (100 KB). {"limit":102400,"size":102401}',
    ]);
  });
});

describe('rule: nested schemas have an object root', () => {
  it('warns at the type when it is not "object", at the schema key when there is none', () => {
    expectRule(
      schemaRootObject,
      '{ "states": { "a": { «"schema"»: {} }, "b": { "schema": { "type": «"string"» } }, "c": { "schema": { "type": «["object"]» } }, "d": { "schema": { "type": "object" } }, "e": { "schema": 5 } } }',
      [
        'warning schema-root-not-object "\\"schema\\"": The root of states.a.schema must have type "object"; it has no type. {"type":"object"}',
        'warning schema-root-not-object "\\"string\\"": The root of states.b.schema must have type "object"; its type is "string". {"type":"object"}',
        'warning schema-root-not-object "[\\"object\\"]": The root of states.c.schema must have type "object"; its type is an array. {"type":"object"}',
      ],
    );
  });

  it('warns in YAML', () => {
    const { text } = yaml('channels:', '  chat:', '    messages:', '      text:', '        «schema»:', '          properties: {}');
    expectRule(
      schemaRootObject,
      text,
      ['warning schema-root-not-object "schema": The root of channels.chat.messages.text.schema must have type "object"; it has no type. {"type":"object"}'],
      inYaml,
    );
  });
});

describe('rule: a nested schema is at most 100 KB serialized', () => {
  const emptySize = JSON.stringify({ type: 'object', description: '' }).length;

  it('warns at the schema key above the limit, counting UTF-8 bytes', () => {
    const bytes = 102_401 - emptySize;
    const description = 'é'.repeat(Math.floor(bytes / 2)) + 'x'.repeat(bytes % 2);
    expectRule(schemaSize, `{ "events": { "big": { «"schema"»: { "type": "object", "description": "${description}" } } } }`, [
      'warning schema-too-large "\\"schema\\"": events.big.schema is 102401 bytes serialized; the platform allows at most 102400 (100 KB). {"limit":102400,"size":102401}',
    ]);
  });

  it('counts six bytes for each lone surrogate, the most one character of the text can grow', () => {
    const serialized = (count: number) => `{ "events": { "big": { «"schema"»: { "type": "object", "description": "${'\ud800'.repeat(count)}" } } } }`;
    expectRule(schemaSize, serialized(Math.floor((102_400 - emptySize) / 6)).replace(/[«»]/g, ''), []);
    const over = Math.floor((102_400 - emptySize) / 6) + 1;
    expectRule(schemaSize, serialized(over), [
      `warning schema-too-large "\\"schema\\"": events.big.schema is ${emptySize + 6 * over} bytes serialized; the platform allows at most 102400 (100 KB). {"limit":102400,"size":${emptySize + 6 * over}}`,
    ]);
  });

  it('counts a number as JSON.stringify writes it, longer than in the text', () => {
    const enumOf = (count: number) => `{ "events": { "big": { «"schema"»: { "type": "object", "enum": [${Array(count).fill('1e20').join(',')}] } } } }`;
    const size = (count: number) => JSON.stringify({ type: 'object', enum: Array(count).fill(1e20) }).length;
    const over = Math.ceil((102_400 - size(0)) / 22) + 1;
    expectRule(schemaSize, enumOf(over), [
      `warning schema-too-large "\\"schema\\"": events.big.schema is ${size(over)} bytes serialized; the platform allows at most 102400 (100 KB). {"limit":102400,"size":${size(over)}}`,
    ]);
  });

  it('accepts a schema of exactly the limit, however it is indented', () => {
    const description = 'x'.repeat(102_400 - emptySize);
    expectRule(schemaSize, `{ "events": { "big": { "schema": {\n    "type":   "object",\n    "description": "${description}"\n  } } } }`, []);
  });
});

describe('rule: counts within the platform limits', () => {
  const map = (count: number, name: (index: number) => string) => `{ ${Array.from({ length: count }, (_, index) => `"${name(index)}": {}`).join(', ')} }`;

  it('warns at the key of each map over its limit', () => {
    expectRule(
      collectionLimits,
      `{
        «"channels"»: ${map(11, (i) => `c${i}`).replace('"c0": {}', `"c0": { «"messages"»: ${map(21, (i) => `m${i}`)} }`)},
        «"events"»: ${map(21, (i) => `e${i}`)},
        «"states"»: ${map(21, (i) => `s${i}`)},
        «"secrets"»: ${map(26, (i) => `S${i}`)},
        "user": { «"tags"»: ${map(51, (i) => `t${i}`)} }
      }`,
      [
        'warning too-many-channels "\\"channels\\"": 11 channels; the platform allows at most 10. {"limit":10,"count":11}',
        'warning too-many-messages "\\"messages\\"": 21 message types in this channel; the platform allows at most 20. {"limit":20,"count":21}',
        'warning too-many-events "\\"events\\"": 21 events; the platform allows at most 20. {"limit":20,"count":21}',
        'warning too-many-states "\\"states\\"": 21 states; the platform allows at most 20. {"limit":20,"count":21}',
        'warning too-many-secrets "\\"secrets\\"": 26 secrets; the platform allows at most 25. {"limit":25,"count":26}',
        'warning too-many-tags "\\"tags\\"": 51 tags; the platform allows at most 50. {"limit":50,"count":51}',
      ],
    );
  });

  it('accepts counts at the limit, counting a duplicate key once', () => {
    const channels = map(10, (i) => `c${i}`).replace(
      '"c0": {}',
      `"c0": { "messages": ${map(20, (i) => `m${i}`)}, "message": { "tags": ${map(50, (i) => `t${i}`)} } }, "c1": {}`,
    );
    const counted = `"events": ${map(20, (i) => `e${i}`)}, "states": ${map(20, (i) => `s${i}`)}, "secrets": ${map(25, (i) => `S${i}`)}`;
    expectRule(collectionLimits, `{ "channels": ${channels}, ${counted} }`, []);
  });

  it('warns in YAML, for tags of channel conversations too', () => {
    const tags = Array.from({ length: 51 }, (_, index) => `        t${index}: {}`);
    const { text } = yaml('channels:', '  chat:', '    conversation:', '      «tags»:', ...tags);
    expectRule(collectionLimits, text, ['warning too-many-tags "tags": 51 tags; the platform allows at most 50. {"limit":50,"count":51}'], inYaml);
  });
});

describe('rule: keys the platform stores things by are identifiers', () => {
  const rule = 'identifiers start with a lowercase letter and have 2 to 100 characters, ASCII letters and digits only. The API may refuse it with InvalidIdentifier.';
  const longKey = 'a'.repeat(101);

  it('warns at each key of actions, channels, messages, events, states and entities that is too short, too long or starts with a digit', () => {
    expectRule(
      identifierFormat,
      `{
        "actions": { «"a"»: {}, "ab": {}, «"2fa"»: {}, «"${longKey}"»: {}, "${'a'.repeat(100)}": {} },
        "channels": { «"c"»: { "messages": { «"9"»: {}, "text": {} } } },
        "events": { «"e"»: {} },
        "states": { «"s"»: {} },
        "entities": { «"x"»: {}, "ticket": {} }
      }`,
      [
        `warning identifier-format "\\"a\\"": Action key "a" is 1 character; ${rule}`,
        `warning identifier-format "\\"2fa\\"": Action key "2fa" starts with "2"; ${rule}`,
        `warning identifier-format "\\"${longKey}\\"": Action key "${longKey}" is 101 characters; ${rule}`,
        `warning identifier-format "\\"c\\"": Channel key "c" is 1 character; ${rule}`,
        `warning identifier-format "\\"9\\"": Message key "9" is 1 character and starts with "9"; ${rule}`,
        `warning identifier-format "\\"e\\"": Event key "e" is 1 character; ${rule}`,
        `warning identifier-format "\\"s\\"": State key "s" is 1 character; ${rule}`,
        `warning identifier-format "\\"x\\"": Entity key "x" is 1 character; ${rule}`,
      ],
    );
  });

  it('leaves to the camelCase error what it already says, and says it for entities, which have no camelCase rule', () => {
    expectRule(
      identifierFormat,
      `{
        "actions": { "send_message": {}, "SendMessage": {}, "_send": {}, "énvoyer": {}, «"2_fa"»: {}, «"_"»: {} },
        "entities": { «"my_entity"»: {}, «"Ticket"»: {}, «"_x-y"»: {}, "myEntity2": {} }
      }`,
      [
        `warning identifier-format "\\"2_fa\\"": Action key "2_fa" starts with "2"; ${rule}`,
        `warning identifier-format "\\"_\\"": Action key "_" is 1 character; ${rule}`,
        `warning identifier-format "\\"my_entity\\"": Entity key "my_entity" contains "_"; ${rule}`,
        `warning identifier-format "\\"Ticket\\"": Entity key "Ticket" starts with "T"; ${rule}`,
        `warning identifier-format "\\"_x-y\\"": Entity key "_x-y" starts with "_" and contains "-"; ${rule}`,
      ],
    );
  });

  it('warns in YAML, counting characters rather than UTF-16 units, and leaves other maps alone', () => {
    const { text } = yaml('entities:', '  «😀»: {}', 'secrets:', '  A: {}', 'user:', '  tags:', '    i: {}');
    expectRule(identifierFormat, text, [`warning identifier-format "😀": Entity key "😀" is 1 character and starts with "😀"; ${rule}`], inYaml);
  });
});

describe('rule: requiredTags name declared tags', () => {
  it('warns at each undeclared tag, suggesting a close declared one', () => {
    expectRule(
      requiredTags,
      '{ "user": { "creation": { "requiredTags": ["id", «"idd"», «"email"»] }, "tags": { "id": {} } }, "channels": { "chat": { "conversation": { "creation": { "requiredTags": [«"thread"»] } } } } }',
      [
        'warning required-tag-undeclared "\\"idd\\"": Required tag "idd" is not declared in user.tags. Did you mean "id"? {"tag":"idd","suggestion":"id"}',
        'warning required-tag-undeclared "\\"email\\"": Required tag "email" is not declared in user.tags. {"tag":"email"}',
        'warning required-tag-undeclared "\\"thread\\"": Required tag "thread" is not declared in channels.chat.conversation.tags. {"tag":"thread"}',
      ],
    );
  });

  it('accepts declared tags, in YAML too', () => {
    const { text } = yaml('channels:', '  chat:', '    conversation:', '      creation:', '        requiredTags: [channelId, «chanelId»]', '      tags:', '        channelId: {}');
    expectRule(
      requiredTags,
      text,
      ['warning required-tag-undeclared "chanelId": Required tag "chanelId" is not declared in channels.chat.conversation.tags. Did you mean "channelId"? {"tag":"chanelId","suggestion":"channelId"}'],
      inYaml,
    );
  });
});

describe('rules: limits come from schemas/platform-limits.json', () => {
  it('cites its source and holds the limits the rules read', () => {
    const limits = JSON.parse(readFileSync(join('schemas', 'platform-limits.json'), 'utf8')) as Record<string, unknown>;
    assert.match(String(limits.$comment), /@bpinternal\/const 0\.1\.0/);
    assert.match(String(limits.$comment), /error catalogue: InvalidIdentifier/);
    assert.match(String(limits.$comment), /test\/fixtures\/largest-real-values\.json/);
    assert.deepEqual(
      Object.keys(limits).filter((key) => key !== '$comment'),
      [
        'integration_channel_count',
        'integration_channel_message_type_count',
        'event_definition_count',
        'state_definition_count',
        'tag_definition_count',
        'bot_integration_secret_count',
        'schema_bytes',
        'code_payload_bytes',
        'identifier_min_length',
        'identifier_max_length',
      ],
    );
  });
});
