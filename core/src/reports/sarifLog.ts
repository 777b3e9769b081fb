// SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: the tool with every rule (its short and full
// description, its page as helpUri, its default level), and each problem as a result at a physical
// location, 1-based lines, UTF-16 columns, the end column after the last character.
import { pathToFileURL } from 'node:url';
import packageJson from '../../../package.json';
import type { CatalogRule } from '../ruleCatalog/catalogRule';
import { ruleCatalog } from '../ruleCatalog/ruleCatalog';
import { repositoryUrl, ruleDocUrl } from '../ruleCatalog/ruleDocLink';
import type { RuleLevel } from '../ruleCatalog/ruleLevel';
import type { ReportedProblem, SeverityName } from './reportedProblem';

type SarifLevel = 'error' | 'warning' | 'note';

const resultLevels: Record<SeverityName, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const ruleLevels: Record<RuleLevel, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const ruleIndexes = new Map(ruleCatalog.map((rule, index) => [rule.code, index]));
const sourceRoot = '%SRCROOT%';

function sarifRule(rule: CatalogRule) {
  return {
    id: rule.code,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why },
    helpUri: ruleDocUrl(rule.code),
    help: { text: rule.fix, markdown: `${rule.fix}\n\n[${rule.code}](${ruleDocUrl(rule.code)})` },
    defaultConfiguration: { level: ruleLevels[rule.level] },
    properties: { tags: [rule.family] },
  };
}

/** A shown path: relative to the working folder (the source root) as a URI reference, or absolute as a file URI. */
function artifactLocation(file: string) {
  const slashed = file.split('\\').join('/');
  if (/^(\/|[A-Za-z]:\/)/.test(slashed)) return { uri: pathToFileURL(file).href };
  return { uri: slashed.split('/').map(encodeURIComponent).join('/'), uriBaseId: sourceRoot };
}

export function sarifResult({ file, range: { start, end }, severity, code, message }: ReportedProblem) {
  const index = ruleIndexes.get(code);
  return {
    ruleId: code,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: resultLevels[severity],
    message: { text: message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(file),
          region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
        },
      },
    ],
  };
}

export type SarifResult = ReturnType<typeof sarifResult>;

/** The whole log of one run; `workingFolder` is what relative paths are relative to. */
export function sarifLog(results: readonly SarifResult[], workingFolder: string) {
  const root = pathToFileURL(workingFolder).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Integration Studio',
            informationUri: repositoryUrl,
            version: packageJson.version,
            rules: ruleCatalog.map(sarifRule),
          },
        },
        originalUriBaseIds: { [sourceRoot]: { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
