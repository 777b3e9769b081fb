// What the product knows of each diagnostic code: the one source of the rule pages (docs/rules/), the
// configuration file's schema, SARIF's rule descriptions, and whether configuration may change it.
import type { RuleLevel } from './ruleLevel';

/** Where a rule comes from, which decides how its page reads. */
export type RuleFamily = 'syntax' | 'schema' | 'platform' | 'sdk' | 'bp-lint' | 'settings';

/** A definition (or configuration file) that makes the rule report, and the same one fixed. */
export interface RuleExample {
  /** How the texts are written: a JSON or YAML definition, an SDK module, or integration-studio.json. */
  language: 'json' | 'yaml' | 'typescript' | 'configuration';
  fails: string;
  passes: string;
}

export interface CatalogRule {
  /** The diagnostic's `code`. */
  code: string;
  family: RuleFamily;
  /** What it checks, in one line: the page's title, SARIF's short description. */
  title: string;
  /** Its level when nothing is configured. */
  level: RuleLevel;
  /** Why it reports: the API's error, the Botpress CLI's refusal, the hub's rule. */
  why: string;
  /** What to do about it. */
  fix: string;
  example?: RuleExample;
  /**
   * Why neither integration-studio.json nor a suppression comment changes it (the API refuses the
   * definition, or nothing can be checked or sent); absent when they may.
   */
  fixed?: string;
}
