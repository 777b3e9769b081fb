import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { levelOf } from '../../core/src/ruleCatalog/ruleLevel';
import { ruleCatalog } from '../../core/src/ruleCatalog/ruleCatalog';
import { ruleDocUrl } from '../../core/src/ruleCatalog/ruleDocLink';
import { parseRuleConfig } from '../../core/src/ruleConfig/ruleConfig';
import { generatedRuleFiles } from '../../scripts/generateRules';
import { fakeFiles } from '../helpers/fakeFiles';
import { diagnosticsOf } from '../helpers/validate';

const repository = join(__dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Every code a diagnostic is given in the sources, as written: `code: '…'`, the casing rules' codes, the
 * evaluator's failures and `const code = … ? '…' : '…'`. Packaging problems (publish/) are not diagnostics.
 */
function codesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  const files = [...sourceFiles(join(repository, 'core', 'src')), ...sourceFiles(join(repository, 'server', 'src'))].filter(
    (file) => !/[\\/](publish|scaffold|ruleCatalog)[\\/]/.test(file),
  );
  const patterns = [/\bcode: '([a-z][a-z0-9-]*)'/g, /casingCode: '([a-z-]+)'/g, /(?:evaluationFailure|answerFailure|kill)\('([a-z-]+)'/g, /\bcode = ([^;]+);/g];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const codes = pattern.source.startsWith('\\bcode = ') ? [...match[1].matchAll(/'([a-z][a-z-]*)'/g)].map((quoted) => quoted[1]) : [match[1]];
        for (const code of codes) found.set(code, relative(repository, file));
      }
    }
  }
  return found;
}

const files = fakeFiles({
  '/project/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>',
  '/project/hub.md': '# Chat',
});

describe('the rule catalog', () => {
  it('has every code the sources give a diagnostic, once', () => {
    const known = new Set(ruleCatalog.map((rule) => rule.code));
    assert.equal(known.size, ruleCatalog.length, 'a code is listed twice');
    const missing = [...codesInSources()].filter(([code]) => !known.has(code)).map(([code, file]) => `${code} (${file})`);
    assert.deepEqual(missing, []);
  });

  it('has a page per rule and a rule per page, each as npm run rules writes it', () => {
    const generated = generatedRuleFiles();
    const pages = readdirSync(join(repository, 'docs', 'rules')).filter((name) => name !== 'README.md');
    assert.deepEqual(pages.sort(), ruleCatalog.map((rule) => `${rule.code}.md`).sort());
    for (const [path, text] of generated) assert.equal(readFileSync(join(repository, path), 'utf8'), text, `${path} is out of date: run npm run rules`);
    for (const rule of ruleCatalog) assert.equal(ruleDocUrl(rule.code), `https://github.com/integration-studio/integration-studio/blob/main/docs/rules/${rule.code}.md`);
    assert.equal(ruleDocUrl('no-such-rule'), undefined);
  });

  for (const rule of ruleCatalog.filter(({ example }) => example && example.language !== 'typescript')) {
    it(`${rule.code}: its example reports it at its level, and the fixed example does not`, () => {
      const { language, fails, passes } = rule.example!;
      if (language === 'configuration') {
        assert.ok(parseRuleConfig(fails).problems.some((problem) => problem.code === rule.code && levelOf(problem.severity) === rule.level));
        assert.ok(!parseRuleConfig(passes).problems.some((problem) => problem.code === rule.code));
        return;
      }
      const fileName = language === 'yaml' ? 'integration.definition.yaml' : 'integration.definition.json';
      const options = { definitionPath: `/project/${fileName}`, files, lint: 'always' as const };
      const reported = diagnosticsOf(fails, fileName, options).filter((diagnostic) => diagnostic.code === rule.code);
      assert.ok(reported.length > 0, `${rule.code} not reported`);
      assert.deepEqual([...new Set(reported.map((diagnostic) => levelOf(diagnostic.severity)))], [rule.level]);
      assert.deepEqual(diagnosticsOf(passes, fileName, options).filter((diagnostic) => diagnostic.code === rule.code), []);
    });
  }
});
