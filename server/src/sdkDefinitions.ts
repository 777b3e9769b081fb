// Keeps the SDK definitions (`integration.definition.ts`) of the open workspace checked: evaluates
// one when it or a local file it is made of changes (unsaved text included), drops results that a
// newer edit made stale, and says which files' diagnostics to publish or clear.
import { existsSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import {
  checkSdkDefinition,
  foldersAbove,
  IncrementalValidator,
  isScriptFile,
  type LintMode,
  nodeFileAccess,
  type RuleLevels,
  type SdkCheck,
  SdkEvaluator,
  type ServiceDiagnostic,
  Severity,
} from '../../core/src';
import type { EvaluationVerdict } from './evaluationScope';

const definitionFileName = 'integration.definition.ts';
/** What a definition's bundle can be made of: scripts, and JSON files they import. */
const isSourceFile = (path: string) => isScriptFile(path) || path.endsWith('.json');

export interface SdkDefinitionsHost {
  /** Texts of the open documents, by absolute path. */
  openTexts(): Map<string, string>;
  publish(path: string, diagnostics: ServiceDiagnostic[]): void;
  /** The `integrationStudio.lint` setting as it is now. */
  lintMode(): LintMode;
  /** The levels integration-studio.json sets for the definition, as they are now. */
  ruleLevels(definition: string): RuleLevels;
  /** Whether the definition may be evaluated now: inside a workspace folder where the setting allows it. */
  verdict(definition: string): EvaluationVerdict;
  /** The CPU time its evaluation may take, in ms, as its folder's setting says; undefined: the default. */
  timeLimitMs(definition: string): number | undefined;
  log(message: string): void;
}

interface Tracked {
  check?: SdkCheck;
  published: Set<string>;
  /** An evaluation is in flight. */
  running: boolean;
  /** Something changed since the evaluation in flight started: its result is stale. */
  stale: boolean;
  /** The body's entries that an edit left unchanged keep their results. */
  validator: IncrementalValidator;
}

function sameTexts(a: Record<string, string>, b: Record<string, string>): boolean {
  const paths = Object.keys(a);
  return paths.length === Object.keys(b).length && paths.every((path) => a[path] === b[path]);
}

export class SdkDefinitions {
  private readonly tracked = new Map<string, Tracked>();
  private evaluator: SdkEvaluator | undefined;
  private disposed = false;

  constructor(private readonly host: SdkDefinitionsHost) {}

  private verdict(definition: string): EvaluationVerdict | 'disposed' {
    return this.disposed ? 'disposed' : this.host.verdict(definition);
  }

  private mayEvaluate(definition: string): boolean {
    return this.verdict(definition) === 'evaluate';
  }

  /**
   * The settings or the workspace folders changed: a definition that may no longer be evaluated shows
   * nothing more, and an evaluation of one in flight is stopped (`recheckAll` checks the others).
   */
  scopeChanged(): void {
    let stopRunning = false;
    for (const [definition, tracked] of this.tracked) {
      if (this.mayEvaluate(definition)) continue;
      stopRunning ||= tracked.running;
      tracked.stale = true;
      tracked.check = undefined;
      this.publishCheck(definition, undefined);
    }
    if (stopRunning) {
      this.evaluator?.dispose();
      this.evaluator = undefined;
    }
  }

  /**
   * A file was opened, edited or closed: re-check the definition it is, or the definitions it is
   * part of. A module that no check has seen yet (the definition is not open) leads to the nearest
   * definition up its folders; once that one is checked, only the files it is made of count.
   */
  changed(path: string, options: { closed?: boolean } = {}): void {
    if (!isSourceFile(path)) return;
    for (const definition of this.definitionsOf(path, options.closed === true)) this.schedule(definition);
  }

  /** Packages were installed or updated: a fresh evaluator loads them again. */
  packagesChanged(): void {
    this.evaluator?.restart();
  }

  /** Files changed on disk, or settings changed: every known definition again. */
  recheckAll(): void {
    for (const definition of this.tracked.keys()) this.schedule(definition);
  }

  /** The latest check of a definition that involves this file (for hover). */
  checkFor(path: string): SdkCheck | undefined {
    for (const tracked of this.tracked.values()) {
      if (tracked.check?.files.includes(path)) return tracked.check;
    }
    return undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.evaluator?.dispose();
  }

  private definitionsOf(path: string, closed: boolean): string[] {
    if (basename(path) === definitionFileName) return closed && !this.tracked.has(path) ? [] : [path];
    const known = [...this.tracked].filter(([, tracked]) => tracked.check?.files.includes(path)).map(([definition]) => definition);
    if (known.length > 0 || closed) return known;
    for (const folder of foldersAbove(dirname(path))) {
      const candidate = join(folder, definitionFileName);
      if (existsSync(candidate)) return this.tracked.get(candidate)?.check ? [] : [candidate];
      if (existsSync(join(folder, 'package.json'))) return [];
    }
    return [];
  }

  /**
   * An edit after a pause is checked at once; edits that arrive while an evaluation runs make its
   * result stale and are checked together as soon as it ends.
   */
  private schedule(definition: string): void {
    const tracked = this.tracked.get(definition) ?? { published: new Set<string>(), running: false, stale: false, validator: new IncrementalValidator() };
    this.tracked.set(definition, tracked);
    const verdict = this.verdict(definition);
    if (verdict !== 'evaluate') {
      if (verdict === 'outside-workspace') this.explainOutsideWorkspace(definition);
      return;
    }
    if (tracked.running) {
      tracked.stale = true;
      return;
    }
    void this.evaluate(definition, tracked);
  }

  /** The editor's texts of the definition's modules: open files in its folder or among the files its last check read. */
  overlaysFor(definition: string): Record<string, string> {
    const folder = dirname(definition) + sep;
    const known = new Set(this.tracked.get(definition)?.check?.files ?? []);
    const overlays: Record<string, string> = {};
    for (const [path, text] of this.host.openTexts()) {
      if ((path.startsWith(folder) || known.has(path)) && isSourceFile(path)) overlays[path] = text;
    }
    return overlays;
  }

  private async evaluate(definition: string, tracked: Tracked): Promise<void> {
    if (!existsSync(definition)) {
      // Deleted: nothing to check, nothing left to show.
      this.publishCheck(definition, undefined);
      this.tracked.delete(definition);
      return;
    }
    tracked.running = true;
    tracked.stale = false;
    const overlays = this.overlaysFor(definition);
    this.evaluator ??= new SdkEvaluator();
    try {
      const result = await this.evaluator.evaluate(definition, overlays, { timeLimitMs: this.host.timeLimitMs(definition) });
      // What the editor holds now decides, whatever said so: a result of other texts is never shown.
      tracked.stale ||= !sameTexts(overlays, this.overlaysFor(definition));
      if (!tracked.stale && this.mayEvaluate(definition)) {
        const check = checkSdkDefinition(definition, result, { overlays, files: nodeFileAccess, lint: this.host.lintMode(), rules: this.host.ruleLevels(definition), validator: tracked.validator });
        tracked.check = check;
        this.publishCheck(definition, check);
      }
    } catch (error) {
      this.host.log(`Checking ${definition} failed: ${(error as Error).stack ?? String(error)}`);
    } finally {
      tracked.running = false;
    }
    if (tracked.stale && this.mayEvaluate(definition)) void this.evaluate(definition, tracked);
  }

  /** An open definition outside the workspace folders says why it shows no problems (one turned off by the setting says nothing). */
  private explainOutsideWorkspace(definition: string): void {
    if (!this.host.openTexts().has(definition)) return;
    const message =
      'Integration Studio does not evaluate this definition: it is outside the workspace folders, and evaluating it would run its code. Open its folder (File > Open Folder) to check it.';
    this.host.publish(definition, [{ offset: 0, length: 0, severity: Severity.Information, code: 'outside-workspace', message }]);
    const tracked = this.tracked.get(definition);
    if (tracked) tracked.published = new Set([definition]);
  }

  private publishCheck(definition: string, check: SdkCheck | undefined): void {
    const tracked = this.tracked.get(definition);
    if (!tracked) return;
    const now = new Set(check ? [definition, ...check.diagnostics.keys()] : []);
    for (const path of tracked.published) if (!now.has(path)) this.host.publish(path, []);
    for (const path of now) this.host.publish(path, check?.diagnostics.get(path) ?? []);
    tracked.published = now;
  }
}
