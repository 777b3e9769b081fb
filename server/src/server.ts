// LSP wiring only: capabilities, document sync, settings and handlers. The work is in core/ (and, for
// the scheduling of SDK definitions' checks, in ./sdkDefinitions).
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type ClientCapabilities,
  type Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Diagnostic,
  DocumentDiagnosticReportKind,
  CodeActionKind,
  type CodeAction,
  type CompletionList,
  MarkupKind,
  ResourceOperationKind,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  definitionCodeLenses,
  DefinitionFileMatcher,
  diskOrOverlay,
  doComplete,
  evaluationTimeLimitMsOf,
  doHover,
  doSdkHover,
  getCodeActions,
  getDocumentSymbols,
  IncrementalValidator,
  isRuleConfigFile,
  isSdkDefinition,
  isScriptFile,
  isTypeScriptFile,
  type LintMode,
  lintModeOf,
  narrowedChanges,
  nodeFileAccess,
  ParseCache,
  parseRuleConfig,
  problemLimitOf,
  referencedFilesGlob,
  RuleConfigs,
  ruleConfigFileName,
  scriptFilesGlob,
  SdkLocator,
  type ServiceDiagnostic,
  suppressionFixes,
  toLspDiagnostic,
  warmUpSteps,
  withinProblemLimit,
} from '../../core/src';
import { EvaluationScope } from './evaluationScope';
import { CheckScheduler } from './checkScheduler';
import { guarded } from './guard';
import { SdkDefinitions } from './sdkDefinitions';
import { answeredSection, ourSection, type Settings } from './settings';

const packageManifestsGlob = '**/{package.json,package-lock.json,pnpm-lock.yaml,yarn.lock}';
const packageManifest = /(^|[\\/])(package\.json|package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$/;
/** How long after initialization the warm-up waits for the documents an editor opens at once. */
const warmUpDelayMs = 150;

function definitionPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments({
    create: TextDocument.create,
    update: (document, changes, version) => TextDocument.update(document, narrowedChanges(document, changes), version),
  });
  const parseCache = new ParseCache();
  /** Each open definition keeps what its unchanged parts were found to have, so a check redoes only what an edit touched. */
  const validators = new Map<string, IncrementalValidator>();
  const matcher = new DefinitionFileMatcher();
  const validatedOnce = new Set<string>();
  let capabilities: ClientCapabilities = {};
  let workspaceFolders: string[] = [];
  let pullDiagnostics = false;
  /** Whether the client pulls diagnostics again when asked to (`workspace/diagnostic/refresh`). */
  let refreshesDiagnostics = false;
  /**
   * Whether diagnostics link their rule's page: only for a client that says it shows such links (VS
   * Code does). The links are a quarter of what a large definition's diagnostics weigh.
   */
  let linksRules = false;
  const lspDiagnosticOf = (document: TextDocument, diagnostic: ServiceDiagnostic) => toLspDiagnostic(document, diagnostic, linksRules);
  let lintMode: LintMode = 'public';
  let problemLimit = problemLimitOf(undefined);
  /** The settings the client last sent (at initialization or in a change that carried our section). */
  let sentSettings: Settings | undefined;
  const evaluationScope = new EvaluationScope();
  /** Each definition's integration-studio.json, read from disk until a watched change says it changed. */
  const ruleConfigs = new RuleConfigs(nodeFileAccess);
  const levelsOf = (path: string | undefined) => (path ? ruleConfigs.forDefinition(path).levels : undefined);

  const isDefinition = (uri: string) => matcher.matches(uri, workspaceFolders);
  /** JSON and YAML definitions are parsed and checked here; SDK definitions are evaluated by `sdkDefinitions`. */
  const isDataDefinition = (uri: string) => isDefinition(uri) && !isSdkDefinition(uri);
  /** Documents whose own problems this server publishes: data definitions and configuration files. */
  const isCheckedHere = (uri: string) => isDataDefinition(uri) || isRuleConfigFile(uri);

  function openDocumentAt(path: string): TextDocument | undefined {
    return documents.all().find((document) => definitionPathOf(document.uri) === path);
  }

  const sdkDefinitions = new SdkDefinitions({
    openTexts() {
      const texts = new Map<string, string>();
      for (const document of documents.all()) {
        const path = definitionPathOf(document.uri);
        if (path) texts.set(path, document.getText());
      }
      return texts;
    },
    publish(path, diagnostics) {
      const open = openDocumentAt(path);
      let document = open;
      if (!document) {
        let text = '';
        try {
          text = readFileSync(path, 'utf8');
        } catch {
          // A file that is gone gets its diagnostics cleared; positions do not matter then.
        }
        document = TextDocument.create(pathToFileURL(path).href, 'typescript', 0, text);
      }
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: withinProblemLimit(diagnostics, problemLimit).map((diagnostic) => lspDiagnosticOf(document, diagnostic)) });
    },
    lintMode: () => lintMode,
    ruleLevels: (definition) => ruleConfigs.forDefinition(definition).levels,
    verdict: (definition) => evaluationScope.verdict(definition),
    timeLimitMs: (definition) => evaluationScope.timeLimitMs(definition),
    log: (message) => connection.console.error(message),
  });

  /** With `early`, a large definition's check may publish its shown problems before it has counted the others. */
  function diagnosticsOf(document: TextDocument, early = false): Diagnostic[] {
    if (isRuleConfigFile(document.uri)) {
      return guarded(connection.console, `Reading ${document.uri}`, [], () => parseRuleConfig(document.getText()).problems.map((problem) => lspDiagnosticOf(document, problem)));
    }
    if (!isDataDefinition(document.uri)) return [];
    return guarded(connection.console, `Validating ${document.uri}`, [], () => {
      const parsed = parseCache.get(document);
      const definitionPath = definitionPathOf(document.uri);
      const options = { definitionPath, files: nodeFileAccess, lint: lintMode, rules: levelsOf(definitionPath) };
      let validator = validators.get(document.uri);
      if (!validator) validators.set(document.uri, (validator = new IncrementalValidator()));
      return validator.validate(parsed, options, problemLimit, early).map((diagnostic) => lspDiagnosticOf(document, diagnostic));
    });
  }

  function publish(uri: string): void {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const diagnostics = diagnosticsOf(document, true);
    // A newer version arrived meanwhile: its own validation publishes.
    if (documents.get(uri)?.version !== version) return;
    const sent = connection.sendDiagnostics({ uri, version, diagnostics });
    // An early check is finished by the next one, unless an edit comes first; once its problems are on their way, not before.
    if (validators.get(uri)?.lastRun.kind === 'early') void sent.then(() => validators.get(uri)?.lastRun.kind === 'early' && checks.schedule(uri));
  }

  const checks = new CheckScheduler(publish);

  /** After settings or referenced files change, every open definition is checked again. */
  function revalidateAll(): void {
    sdkDefinitions.recheckAll();
    // An early check read the files and settings as they were; its next check starts afresh.
    for (const validator of validators.values()) validator.forgetUnfinished();
    if (pullDiagnostics) {
      void connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of documents.all()) {
      if (isCheckedHere(document.uri)) checks.schedule(document.uri);
      else if (validatedOnce.has(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    }
  }

  /**
   * From `workspace/configuration` when the client answers it (the window's and each workspace
   * folder's), else from the settings the client sent. Evaluation is read per folder; a folder whose
   * settings the client cannot give keeps what it had (off until first read): never on by accident.
   */
  async function loadSettings(): Promise<void> {
    const askClient = capabilities.workspace?.configuration === true;
    const items = [undefined, ...workspaceFolders].map((scopeUri) => ({ scopeUri, section: 'integrationStudio' }));
    const answers: unknown[] = askClient ? await connection.workspace.getConfiguration(items).catch(() => []) : [];
    const windowSettings = answeredSection(answers[0]) ?? sentSettings;
    matcher.setGlobs(Array.isArray(windowSettings?.definitionFiles) ? windowSettings.definitionFiles : []);
    lintMode = lintModeOf(windowSettings?.lint);
    problemLimit = problemLimitOf(windowSettings?.maxNumberOfProblems);
    workspaceFolders.forEach((folder, index) => {
      const settings = answeredSection(answers[index + 1]) ?? windowSettings;
      if (settings) evaluationScope.setEvaluation(folder, settings.evaluateDefinitions !== false, evaluationTimeLimitMsOf(settings.evaluationTimeLimit));
    });
    sdkDefinitions.scopeChanged();
  }

  let initializationOptions: unknown;
  connection.onInitialize((params) => {
    capabilities = params.capabilities;
    initializationOptions = params.initializationOptions;
    workspaceFolders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
    evaluationScope.setFolders(workspaceFolders);
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    refreshesDiagnostics = capabilities.workspace?.diagnostics?.refreshSupport === true;
    // LSP 3.17 says it of published diagnostics; 3.18 of pulled ones too.
    const pulled = capabilities.textDocument?.diagnostic as { codeDescriptionSupport?: boolean } | undefined;
    linksRules = capabilities.textDocument?.publishDiagnostics?.codeDescriptionSupport === true || pulled?.codeDescriptionSupport === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        completionProvider: { triggerCharacters: ['"', ':', '/'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'Integration Studio' },
    };
  });

  connection.onInitialized(async () => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'integrationStudio' });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      // A change to a file a definition names or to a configuration file re-checks the open definitions;
      // a change to a module or a package manifest re-checks the SDK definitions made of it.
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: referencedFilesGlob() }, { globPattern: scriptFilesGlob }, { globPattern: packageManifestsGlob }, { globPattern: `**/${ruleConfigFileName}` }],
      });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => folder.uri));
        workspaceFolders = [...workspaceFolders.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)];
        evaluationScope.setFolders(workspaceFolders);
        void loadSettings().then(revalidateAll);
      });
    }
    sentSettings = ourSection((initializationOptions as { settings?: unknown } | undefined)?.settings);
    await loadSettings();
    revalidateAll();
    // While no definition is open yet, the checks' code is compiled and optimized on a small one. Not
    // at once: an editor sends the documents it shows right after `initialized`, a large one in many
    // chunks, and a warm-up check run between two chunks delays that document's first check.
    const warmUp = warmUpSteps();
    const warmUpStep = () => {
      if (documents.all().length > 0) return;
      const done = guarded(connection.console, 'Warming up', true, () => warmUp.next().done === true);
      if (!done) setImmediate(warmUpStep);
    };
    setTimeout(warmUpStep, warmUpDelayMs);
  });

  connection.onDidChangeConfiguration(async (change) => {
    // A client that answers workspace/configuration is asked again: its answer is the truth. From
    // another, only a change that carries our section changes anything.
    const sent = ourSection(change.settings);
    if (!sent && capabilities.workspace?.configuration !== true) return;
    sentSettings = sent ?? sentSettings;
    await loadSettings();
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    // integration-studio.json created, changed or deleted: every definition's levels are read again (revalidateAll below).
    if (params.changes.some((change) => isRuleConfigFile(change.uri))) ruleConfigs.forget();
    // Installed packages stay loaded in the evaluator: a new install must load them again.
    if (params.changes.some((change) => packageManifest.test(change.uri))) sdkDefinitions.packagesChanged();
    // A module edited on disk re-checks the SDK definitions made of it; a file that appears or goes may be named by any definition.
    for (const change of params.changes) {
      const path = definitionPathOf(change.uri);
      if (path && change.type === FileChangeType.Changed) sdkDefinitions.changed(path);
    }
    if (params.changes.some((change) => change.type !== FileChangeType.Changed || !isScriptFile(change.uri))) revalidateAll();
  });
  connection.onShutdown(() => sdkDefinitions.dispose());

  connection.languages.diagnostics.on((params) => {
    const document = documents.get(params.textDocument.uri);
    const items = document ? diagnosticsOf(document, refreshesDiagnostics) : [];
    // An early answer is followed by a refresh, after it on the same channel: the client pulls again, and that check counts the rest.
    if (document && validators.get(document.uri)?.lastRun.kind === 'early') setImmediate(() => void connection.languages.diagnostics.refresh());
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });

  const emptyCompletions: CompletionList = { isIncomplete: false, items: [] };

  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !isDataDefinition(document.uri)) return emptyCompletions;
    const completion = capabilities.textDocument?.completion?.completionItem;
    const options = {
      snippetSupport: completion?.snippetSupport === true,
      markdown: completion?.documentationFormat?.includes(MarkupKind.Markdown) === true,
      definitionPath: definitionPathOf(document.uri),
      files: nodeFileAccess,
    };
    return guarded(connection.console, 'Completion', emptyCompletions, () =>
      doComplete(document, parseCache.get(document), document.offsetAt(params.position), options),
    );
  });

  /** Hover on the definition object's keys and literals in TypeScript, wherever the definition's values are written. */
  function sdkHover(document: TextDocument, offset: number, markdown: boolean) {
    const path = definitionPathOf(document.uri);
    const check = path && sdkDefinitions.checkFor(path);
    if (!path || !check) return null;
    const overlays = sdkDefinitions.overlaysFor(check.locator.definitionPath);
    const locator = new SdkLocator(check.locator.definitionPath, dirname(check.locator.definitionPath), diskOrOverlay(overlays));
    return doSdkHover(locator, check.value, path, offset, { markdown }, (start, end) => ({ start: document.positionAt(start), end: document.positionAt(end) }));
  }

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const markdown = capabilities.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) === true;
    if (document.languageId === 'typescript' || isTypeScriptFile(document.uri)) {
      return guarded(connection.console, 'Hover', null, () => sdkHover(document, document.offsetAt(params.position), markdown));
    }
    if (!isDataDefinition(document.uri)) return null;
    return guarded(connection.console, 'Hover', null, () => doHover(document, parseCache.get(document), document.offsetAt(params.position), { markdown }));
  });

  /** A fix that creates a file needs a client that can apply resource operations. */
  const canCreateFiles = () => {
    const workspaceEdit = capabilities.workspace?.workspaceEdit;
    return workspaceEdit?.documentChanges === true && (workspaceEdit.resourceOperations ?? []).includes(ResourceOperationKind.Create);
  };

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const diagnostics = params.context.diagnostics;
    // The modules of an SDK definition, where its problems land, get the suppression fixes.
    if (!isDataDefinition(document.uri)) {
      return isScriptFile(document.uri) ? guarded(connection.console, 'Quick fixes', [] as CodeAction[], () => suppressionFixes(document, diagnostics, '//')) : [];
    }
    return guarded(connection.console, 'Quick fixes', [] as CodeAction[], () => [
      ...getCodeActions(document, parseCache.get(document), diagnostics).filter((action) => action.edit?.documentChanges === undefined || canCreateFiles()),
      ...suppressionFixes(document, diagnostics, parseCache.get(document).language === 'yaml' ? '#' : '//'),
    ]);
  });

  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !isDataDefinition(document.uri)) return [];
    return guarded(connection.console, 'Outline', [], () => getDocumentSymbols(document, parseCache.get(document)));
  });

  connection.onCodeLens((params) => {
    const path = definitionPathOf(params.textDocument.uri);
    if (!path || !isDefinition(params.textDocument.uri)) return [];
    return definitionCodeLenses(path);
  });

  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    const path = definitionPathOf(uri);
    if (path) sdkDefinitions.changed(path);
    if (pullDiagnostics || !isCheckedHere(uri)) return;
    checks.schedule(uri);
    validatedOnce.add(uri);
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    // Its unsaved text, if any, is gone: the definitions it is part of are checked against the disk.
    const closedPath = definitionPathOf(uri);
    if (closedPath) sdkDefinitions.changed(closedPath, { closed: true });
    checks.cancel(uri);
    parseCache.forget(uri);
    validators.delete(uri);
    if (validatedOnce.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
}
