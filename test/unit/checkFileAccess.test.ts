import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FileAccess } from '../../core/src/fileAccess';
import { IncrementalValidator } from '../../core/src/incremental/incrementalValidator';
import { parseDefinition } from '../../core/src/parse/definitionDocument';
import { validateDefinition } from '../../core/src/validate';
import { fakeFiles } from '../helpers/fakeFiles';

const definitionPath = '/project/integration.definition.json';
const icon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>';

/** The fake file system, with every question it is asked counted by kind and path. */
function countingFiles(): { files: FileAccess; asked: Map<string, number> } {
  const inner = fakeFiles({ [definitionPath]: '{}', '/project/icon.svg': icon, '/project/hub.md': '# Hub' });
  const asked = new Map<string, number>();
  const counted =
    <T>(kind: string, answer: (path: string) => T) =>
    (path: string) => {
      asked.set(`${kind} ${path}`, (asked.get(`${kind} ${path}`) ?? 0) + 1);
      return answer(path);
    };
  const files: FileAccess = {
    readText: counted('readText', inner.readText),
    isFile: counted('isFile', inner.isFile),
    listDirectory: counted('listDirectory', inner.listDirectory),
    realPath: counted('realPath', (path) => path),
  };
  return { files, asked };
}

const definition = (title: string) =>
  JSON.stringify({ name: 'demo', version: '1.0.0', title, description: 'A demo', icon: 'icon.svg', readme: 'hub.md', actions: { run: { title: 'Run', input: { schema: {} }, output: { schema: {} } } } }, null, 2);

describe('checkFileAccess', () => {
  it('asks the file system each question once per check, and again at the next check', () => {
    const { files, asked } = countingFiles();
    const validator = new IncrementalValidator();
    const options = { definitionPath, files };
    const first = validator.validate(parseDefinition(definition('Demo'), 'json'), options);
    assert.ok(asked.size > 0, 'the rules read the named files');
    assert.deepEqual([...asked].filter(([, count]) => count > 1), [], 'a question asked twice in one check');
    assert.ok(asked.has('realPath /project') && asked.has('readText /project/icon.svg'));
    const once = new Map(asked);
    const edited = validator.validate(parseDefinition(definition('Demo 2'), 'json'), options);
    assert.deepEqual([...asked].filter(([question, count]) => count !== 2 * once.get(question)!), [], 'the files are asked of again after an edit');
    assert.deepEqual(first, validateDefinition(parseDefinition(definition('Demo'), 'json'), { definitionPath, files }));
    assert.deepEqual(edited, validateDefinition(parseDefinition(definition('Demo 2'), 'json'), { definitionPath, files }));
  });

  it('tells of a file that changed between two checks', () => {
    const texts: Record<string, string> = { [definitionPath]: '{}', '/project/hub.md': '# Hub' };
    const files: FileAccess = { readText: (path) => texts[path], isFile: (path) => path in texts, listDirectory: () => [] };
    const validator = new IncrementalValidator();
    const missing = validator.validate(parseDefinition(definition('Demo'), 'json'), { definitionPath, files });
    assert.ok(missing.some(({ code }) => code === 'file-missing'));
    texts['/project/icon.svg'] = icon;
    const found = validator.validate(parseDefinition(definition('Demo 2'), 'json'), { definitionPath, files });
    assert.ok(!found.some(({ code }) => code === 'file-missing'));
  });
});
