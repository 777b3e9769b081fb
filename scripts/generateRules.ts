// `npm run rules`: writes docs/rules/ (a page per rule and the index) and schemas/integration-studio.schema.json
// from the catalog in core/src/ruleCatalog/. test/unit/ruleCatalog.test.ts fails when they drift.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configurationSchema } from '../core/src/ruleCatalog/configurationSchema';
import { ruleCatalog } from '../core/src/ruleCatalog/ruleCatalog';
import { rulePage, rulesIndex } from '../core/src/ruleCatalog/rulePage';

const repository = join(__dirname, '..');

/** Every generated file, by path relative to the repository. */
export function generatedRuleFiles(): Map<string, string> {
  const files = new Map<string, string>([
    ['docs/rules/README.md', rulesIndex()],
    ['schemas/integration-studio.schema.json', JSON.stringify(configurationSchema(), null, 2) + '\n'],
  ]);
  for (const rule of ruleCatalog) files.set(`docs/rules/${rule.code}.md`, rulePage(rule));
  return files;
}

if (require.main === module) {
  const pages = join(repository, 'docs', 'rules');
  mkdirSync(pages, { recursive: true });
  for (const stale of readdirSync(pages)) rmSync(join(pages, stale));
  for (const [path, text] of generatedRuleFiles()) writeFileSync(join(repository, path), text);
  console.log(`wrote ${ruleCatalog.length} rule pages, their index and schemas/integration-studio.schema.json`);
}
