// Where a rule's page is: docs/rules/<code>.md in the repository package.json names.
import packageJson from '../../../package.json';
import { catalogRule } from './ruleCatalog';

/** The repository's web address, from package.json. */
export const repositoryUrl = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** The page's address for a known code, else undefined. */
export function ruleDocUrl(code: string): string | undefined {
  return catalogRule(code) ? `${repositoryUrl}/blob/main/docs/rules/${code}.md` : undefined;
}
