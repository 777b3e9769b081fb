import assert from 'node:assert/strict';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { nodeFileAccess } from '../../core/src/nodeFileAccess';
import { classifyPath, folderOf, isWithinFolder, resolveBeside } from '../../core/src/rules/relativePath';
import { temporaryFolder } from '../helpers/temporaryFolder';
import { diagnosticsOf, summarize } from '../helpers/validate';

describe('paths beside the definition', () => {
  it('classifies paths as inside, outside or absolute, with either separator', () => {
    const paths = ['icon.svg', './a/../b\\c.md', 'a/../../x', '..', '/etc/x', '\\\\server\\share', 'C:\\x.ts', 'https://example.com/i.svg', 'a//b/./c'];
    assert.deepEqual(paths.map(classifyPath), [
      { kind: 'inside', segments: ['icon.svg'] },
      { kind: 'inside', segments: ['b', 'c.md'] },
      { kind: 'outside' },
      { kind: 'outside' },
      { kind: 'absolute' },
      { kind: 'absolute' },
      { kind: 'absolute' },
      { kind: 'absolute' },
      { kind: 'inside', segments: ['a', 'b', 'c'] },
    ]);
  });

  it('resolves beside the definition with the separator its path uses', () => {
    assert.equal(resolveBeside('/work/app/integration.definition.json', ['assets', 'icon.svg']), '/work/app/assets/icon.svg');
    assert.equal(resolveBeside('C:\\work\\app\\integration.definition.yaml', ['hub.md']), 'C:\\work\\app\\hub.md');
    assert.equal(resolveBeside('/integration.definition.json', ['icon.svg']), '/icon.svg');
  });

  it("names the definition's folder, the root included", () => {
    assert.deepEqual(
      ['/work/app/integration.definition.json', 'C:\\work\\integration.definition.json', '/integration.definition.json', 'C:\\integration.definition.json'].map(folderOf),
      ['/work/app', 'C:\\work', '/', 'C:\\'],
    );
  });

  it('tells whether a real path lies inside a folder: a prefix of the name is not enough, and the folder itself is not inside', () => {
    const cases: Array<[string, string, boolean]> = [
      ['/work/app', '/work/app/hub.md', true],
      ['/work/app/', '/work/app/docs/hub.md', true],
      ['/work/app', '/work/app', false],
      ['/work/app', '/work/apple/hub.md', false],
      ['/work/app', '/etc/passwd', false],
      ['/work/app', '/work/hub.md', false],
      ['/', '/etc/passwd', true],
      ['C:\\work\\app', 'C:\\work\\app\\hub.md', true],
      ['C:\\work\\app', 'C:\\work\\app2\\hub.md', false],
      ['C:\\', 'C:\\hub.md', true],
    ];
    for (const [folder, path, inside] of cases) assert.equal(isWithinFolder(folder, path), inside, `${path} in ${folder}`);
  });
});

describe('files named by the definition, links resolved', () => {
  /** A project whose hub.md links to a file outside it, src/ to a folder outside it, and assets/icon.svg to a file outside it. */
  function linkedProject(): { root: string; project: string } {
    const root = realpathSync(temporaryFolder('linked-files'));
    const project = join(root, 'project');
    mkdirSync(join(project, 'assets'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'id_rsa'), '-----BEGIN OPENSSH PRIVATE KEY-----');
    writeFileSync(join(root, 'elsewhere', 'index.ts'), 'export default {}');
    writeFileSync(join(project, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    symlinkSync(join(root, 'id_rsa'), join(project, 'hub.md'));
    symlinkSync(join(root, 'id_rsa'), join(project, 'assets', 'icon.svg'));
    symlinkSync(join(root, 'elsewhere'), join(project, 'src'), 'dir');
    return { root, project };
  }
  const outside = (root: string, field: string, path: string, target: string) =>
    `file-outside-folder "\\"${path}\\"": ${field} "${path}" leads through a symbolic link to ${JSON.stringify(join(root, target))}, outside the definition's folder.`;

  it('flags a file, or a folder on its path, that links outside the folder, at the path value, and reads no such icon', () => {
    const { root, project } = linkedProject();
    const text = '{ "name": "linked", "version": "0.1.0", "icon": "assets/icon.svg", "readme": "hub.md", "code": "src/index.ts" }';
    const diagnostics = diagnosticsOf(text, 'integration.definition.json', { definitionPath: join(project, 'integration.definition.json'), files: nodeFileAccess, lint: 'off' });
    assert.deepEqual(summarize(text, diagnostics), [
      outside(root, 'icon', 'assets/icon.svg', 'id_rsa'),
      outside(root, 'readme', 'hub.md', 'id_rsa'),
      outside(root, 'code', 'src/index.ts', 'elsewhere/index.ts'),
    ]);
  });

  it("takes the definition's folder by its real path when a link leads to it: a link inside it is fine", () => {
    const { root, project } = linkedProject();
    symlinkSync(project, join(root, 'link-to-project'), 'dir');
    symlinkSync(join(project, 'icon.svg'), join(project, 'linked-icon.svg'));
    const text = '{ "name": "linked", "version": "0.1.0", "icon": "linked-icon.svg", "readme": "hub.md" }';
    const diagnostics = diagnosticsOf(text, 'integration.definition.json', { definitionPath: join(root, 'link-to-project', 'integration.definition.json'), files: nodeFileAccess, lint: 'off' });
    assert.deepEqual(summarize(text, diagnostics), [outside(root, 'readme', 'hub.md', 'id_rsa')]);
  });
});
