import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SdkLocator } from '../../core/src/sdk/locator/sdkLocator';
import { removedInterfaceRead } from '../../core/src/sdk/removedSdkInterfaces';
import { parseMarkers } from '../helpers/markers';

const folder = '/project';
const definitionPath = join(folder, 'integration.definition.ts');
const thrown = (name: string) => `Evaluating the definition threw: Cannot read properties of undefined (reading '${name}')`;

/**
 * The read said for an evaluation that threw `message` at the position its stack gives, the first
 * character of the property read (the cursor | in `marked`); the expected range is marked «…».
 */
function said(file: string, marked: string, message: string) {
  const { text, ranges, cursor } = parseMarkers(marked);
  const texts: Record<string, string> = { [definitionPath]: "export { default } from './src/definition'\n", [join(folder, file)]: text };
  const locator = new SdkLocator(definitionPath, folder, (path) => texts[path]);
  const read = removedInterfaceRead(message, join(folder, file), cursor!, locator);
  return { read: read && { start: read.start, end: read.end, message: read.message }, expected: ranges[0] && { start: ranges[0].offset, end: ranges[0].offset + ranges[0].length } };
}

describe('a read of an interface the SDK no longer exports', () => {
  it('is the member expression of the named, renamed, namespace or default import of the SDK, with the import path of bp_modules from its file', () => {
    const cases: Array<[string, string, string]> = [
      ['integration.definition.ts', "import { interfaces } from '@botpress/sdk'\nconst x = «interfaces.|listable»\n", "import listable from './bp_modules/listable'"],
      ['integration.definition.ts', "import { interfaces as bp } from '@botpress/sdk'\nf(«bp.|speechToText»)\n", "import speechToText from './bp_modules/speech-to-text'"],
      ['src/definition.ts', "import * as sdk from '@botpress/sdk'\nf(«sdk.interfaces.|hitl».x)\n", "import hitl from '../bp_modules/hitl'"],
      ['src/definition.ts', "import sdk from '@botpress/sdk'\nf(«sdk.interfaces.|textToImage»)\n", "import textToImage from '../bp_modules/text-to-image'"],
    ];
    for (const [file, marked, importLine] of cases) {
      const name = /\|(\w+)/.exec(marked)![1];
      const { read, expected } = said(file, marked, thrown(name));
      assert.deepEqual(read && { start: read.start, end: read.end }, expected, marked);
      assert.match(read!.message, new RegExp(`^Cannot read properties of undefined \\(reading '${name}'\\): @botpress/sdk exports no interfaces since 1\\.0 \\(0\\.8\\.29 to 0\\.11 did\\); install the interface with npx bp add [a-z-]+ and import it from bp_modules: `));
      assert.ok(read!.message.endsWith(`${importLine}.`), read!.message);
    }
  });

  it('is none for another TypeError, another property, a module other than the SDK or a computed read', () => {
    assert.equal(said('integration.definition.ts', "import { interfaces } from '@botpress/sdk'\nconst x = interfaces.|listable\n", thrown('creatable')).read, undefined);
    assert.equal(said('integration.definition.ts', "import { interfaces } from '@botpress/sdk'\nconst x = interfaces.|listable\n", 'Evaluating the definition threw: listable is not a function').read, undefined);
    assert.equal(said('integration.definition.ts', "import { interfaces } from './interfaces'\nconst x = interfaces.|listable\n", thrown('listable')).read, undefined);
    assert.equal(said('integration.definition.ts', "import * as sdk from '@botpress/sdk'\nconst x = sdk['interfaces'].|listable\n", thrown('listable')).read, undefined);
    assert.equal(said('integration.definition.ts', "import { interfaces } from '@botpress/sdk'\nconst x = |y.listable\n", thrown('listable')).read, undefined);
  });
});
