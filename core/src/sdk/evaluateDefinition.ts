// Evaluates `integration.definition.ts` as `bp` reads it: bundled in memory by esbuild (node, es2020,
// cjs), compiled as a module, its `default` taken. Unlike `bp`, packages stay external and are required
// from the project's node_modules, so the SDK stays loaded between evaluations and only local files
// are bundled again. Runs in the evaluator process, never in the language server.
import { readFileSync, realpathSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { BuildContext, BuildOptions, Message, Plugin } from 'esbuild';
import type { JsonValue } from '../parse/ast';
import { editorColumn } from '../esbuildLocation';
import { esbuildSearchPaths, locateEsbuild, requireEsbuild, resolveModuleFrom } from '../publish/packaging/esbuildResolver';
import type { EvaluationProblem, EvaluationRequest, EvaluationResult } from './evaluation';
import { lookUpGeneration } from './generations/generationLookup';
import { type ProjectSdk, schemaConverter } from './generations/schemaConverter';
import { missingConverterMessage, sdkImportPosition } from './generations/unsupportedGeneration';
import { integrationBody } from './integrationBody';
import { isScriptFile, isTypeScriptFile } from './scriptFiles';
import { userFrame } from './stackFrames';

const sdkPackage = '@botpress/sdk';
/** Never written (write: false): names the bundle so that esbuild makes its source map. */
const bundleName = '.integration-studio-definition.js';

interface Build {
  context: BuildContext;
  /**
   * The same build with a source map beside the same code, made the first time the definition
   * throws: only placing a throw needs the map, and making it takes a third of each rebuild.
   */
  mapped?: Promise<BuildContext>;
  withSourceMap(): Promise<BuildContext>;
  overlays: Record<string, string>;
  /** The sources whose editor text the context reads instead of the disk's (`overlaidSources`): its plugin asks about no other file. */
  overlaid: string;
}

/** Incremental builds by definition, the most recently used last; the oldest is freed beyond this many. */
const builds = new Map<string, Build>();
const maxBuilds = 20;

/**
 * Packages Node can require (JavaScript, JSON) stay external: loaded once from the project's
 * node_modules and kept, the SDK among them. A package whose entry is TypeScript (a workspace
 * package such as the monorepo's `@botpress/common`) is bundled, as `bp` bundles everything; so are
 * bare specifiers that only tsconfig `paths` resolve (`definitions/…`, `bp_modules/…`).
 */
function externalPackagesPlugin(): Plugin {
  // What a package resolves to is kept per importing folder and specifier while the context lives (the
  // evaluator is restarted when packages change); one not found is looked for again, as it may be installed meanwhile.
  const resolved = new Map<string, string>();
  return {
    name: 'integration-studio-external-packages',
    setup(setup) {
      setup.onResolve({ filter: /^[^./]/ }, (args) => {
        if (isAbsolute(args.path) || args.kind === 'entry-point') return undefined;
        const key = `${args.resolveDir}\0${args.path}`;
        let file = resolved.get(key);
        if (file === undefined) {
          try {
            file = createRequire(join(args.resolveDir, 'noop.js')).resolve(args.path);
          } catch {
            return undefined;
          }
          resolved.set(key, file);
        }
        return isTypeScriptFile(file) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

/** The editor's texts by their paths and, for a file reached through a symlink, by its real path too: esbuild loads it by that one. */
function withRealPaths(overlays: Record<string, string>): Record<string, string> {
  const all = { ...overlays };
  for (const [path, text] of Object.entries(overlays)) {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      continue;
    }
    all[real] ??= text;
  }
  return all;
}

const escapedForRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** The overlaid files esbuild loads (JavaScript and TypeScript), as one string: a context is made for one such list. */
const overlaidSources = (overlays: Record<string, string>) =>
  Object.keys(overlays)
    .filter(isScriptFile)
    .sort()
    .join('\0');

/**
 * The editor's texts take the place of the files on disk. esbuild asks the plugin, across processes,
 * about each file its filter matches at every rebuild: the filter names the overlaid files only.
 */
function overlayPlugin(build: Build): Plugin {
  return {
    name: 'integration-studio-overlays',
    setup(setup) {
      if (build.overlaid === '') return;
      const paths = build.overlaid.split('\0').map(escapedForRegExp);
      setup.onLoad({ filter: new RegExp(`^(?:${paths.join('|')})$`) }, (args) => {
        const contents = build.overlays[args.path];
        if (contents === undefined) return undefined;
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : args.path.endsWith('.js') ? 'js' : 'ts', resolveDir: dirname(args.path) };
      });
    },
  };
}

/**
 * A build context from the first esbuild along the search paths that can make one: the project's
 * (if it has the context API, 0.17 and later), else the one Integration Studio carries: native, else esbuild-wasm.
 */
async function esbuildContext(folder: string, integrationStudioFolder: string, options: BuildOptions): Promise<BuildContext> {
  const failures: string[] = [];
  for (const location of locateEsbuild(esbuildSearchPaths(folder, integrationStudioFolder), resolveModuleFrom)) {
    try {
      const esbuild = requireEsbuild(location);
      if (typeof esbuild.context !== 'function') throw new Error(`esbuild ${esbuild.version} is older than 0.17 (no context API)`);
      return await esbuild.context(options);
    } catch (error) {
      failures.push(`${location.modulePath} (${location.origin}): ${(error as Error).message}`);
    }
  }
  const why = failures.length > 0 ? ` (${failures.join('; ')})` : '';
  throw new Error(`esbuild is needed to evaluate the definition and none works${why}; install it in the project: npm install --save-dev esbuild`);
}

async function buildContext(definitionPath: string, integrationStudioFolder: string, overlays: Record<string, string>): Promise<Build> {
  const overlaid = overlaidSources(overlays);
  const known = builds.get(definitionPath);
  builds.delete(definitionPath);
  if (known?.overlaid === overlaid) {
    known.overlays = overlays;
    builds.set(definitionPath, known);
    return known;
  }
  // Another set of files open in the editor: a context whose plugin asks about them.
  if (known) dispose(known);
  if (builds.size >= maxBuilds) {
    const [oldest, build] = builds.entries().next().value!;
    builds.delete(oldest);
    dispose(build);
  }
  const folder = dirname(definitionPath);
  const build = { overlays, overlaid } as Build;
  const options: BuildOptions = {
    entryPoints: [definitionPath],
    absWorkingDir: folder,
    bundle: true,
    platform: 'node',
    target: 'es2020',
    format: 'cjs',
    keepNames: true,
    write: false,
    metafile: true,
    outfile: join(folder, bundleName),
    logLevel: 'silent',
  };
  const plugins = () => [externalPackagesPlugin(), overlayPlugin(build)];
  build.context = await esbuildContext(folder, integrationStudioFolder, { ...options, plugins: plugins() });
  // Kept beside the code rather than inline, which would move no code but make Node read a map at every compile.
  build.withSourceMap = () => esbuildContext(folder, integrationStudioFolder, { ...options, sourcemap: 'external', sourcesContent: false, plugins: plugins() });
  builds.set(definitionPath, build);
  return build;
}

function dispose(build: Build): void {
  void build.context.dispose();
  void build.mapped?.then(
    (context) => context.dispose(),
    () => undefined,
  );
}

/** The source map of the code the build just made, from the same build with a map; undefined when it cannot be made. */
async function sourceMapOf(build: Build): Promise<string | undefined> {
  try {
    build.mapped ??= build.withSourceMap();
    const result = await (await build.mapped).rebuild();
    return result.outputFiles?.find((file) => file.path.endsWith('.map'))?.text;
  } catch {
    return undefined;
  }
}

function problemOf(message: Message, folder: string): EvaluationProblem {
  const location = message.location;
  const missing = /^Could not resolve "([^"]+)"/.exec(message.text)?.[1];
  const isPackage = missing !== undefined && !/^[./]/.test(missing);
  const isInterface = missing?.startsWith('bp_modules/') === true;
  const code = missing === sdkPackage ? 'missing-sdk' : isInterface ? 'missing-bp-module' : 'bundle';
  const text =
    missing === sdkPackage
      ? missingSdk().message
      : isInterface
        ? `${message.text}: bp_modules/ holds what bp add installs; run npx bp add to install the interfaces package.json lists in bpDependencies, or npx bp add <interface>.`
        : isPackage
          ? `${message.text}; is it installed? Run npm install.`
          : message.text;
  if (!location) return { code, message: text };
  return { code, message: text, file: resolve(folder, location.file), line: location.line, column: editorColumn(location) };
}

function localInputs(metafile: { inputs: Record<string, unknown> } | undefined, folder: string): string[] {
  return Object.keys(metafile?.inputs ?? {})
    .filter((input) => !input.split('/').includes('node_modules') && !/^[a-z-]+:/.test(input))
    .map((input) => resolve(folder, input));
}

function isMissingSdk(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes(`'${sdkPackage}'`);
}

const missingSdk = (): EvaluationProblem => ({
  code: 'missing-sdk',
  message: `Cannot find the package ${sdkPackage} from the definition's folder; run npm install.`,
});

/** The version of a package the project has installed, `unknown` when its manifest says none; undefined when it is not installed. */
function installedVersion(projectRequire: NodeJS.Require, name: string): string | undefined {
  try {
    return (projectRequire(`${name}/package.json`) as { version?: string }).version ?? 'unknown';
  } catch {
    return undefined;
  }
}

/** Names of what an object is, for "is not an IntegrationDefinition" messages. */
function describeExport(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return `a ${typeof value} (${JSON.stringify(value)?.slice(0, 40)})`;
  return `an object of class ${value.constructor?.name ?? 'Object'}`;
}

export interface EvaluationHooks {
  /** Called once everything is ready and the user's module is about to run; it runs when this resolves. */
  beforeUserCode?(): Promise<void>;
}

export async function evaluateDefinition(request: EvaluationRequest, integrationStudioFolder: string, hooks: EvaluationHooks = {}): Promise<EvaluationResult> {
  const { definitionPath } = request;
  const overlays = withRealPaths(request.overlays);
  const folder = dirname(definitionPath);
  // The body asks for absolute paths (scripts named by the definition, resolved beside it).
  const readText = (path: string) => {
    if (overlays[path] !== undefined) return overlays[path];
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  const unsupported = (message: string): EvaluationResult => ({
    ok: false,
    inputs: [definitionPath],
    problems: [{ code: 'unsupported-sdk-generation', message, file: definitionPath, ...sdkImportPosition(readText(definitionPath) ?? '') }],
  });
  const projectRequire = createRequire(definitionPath);
  // Judged by the rules of its SDK's generation, or not at all: nothing is bundled or run for a verdict that would be wrong.
  const sdkVersion = installedVersion(projectRequire, sdkPackage);
  const lookup = sdkVersion === undefined ? undefined : lookUpGeneration(sdkVersion);
  if (lookup && !lookup.reproduced) return unsupported(lookup.message);
  let build: Build;
  try {
    build = await buildContext(definitionPath, integrationStudioFolder, overlays);
  } catch (error) {
    return { ok: false, inputs: [], problems: [{ code: 'bundle', message: (error as Error).message }] };
  }
  let code: string;
  let inputs: string[];
  try {
    const result = await build.context.rebuild();
    code = result.outputFiles?.find((file) => file.path.endsWith('.js'))?.text ?? '';
    inputs = localInputs(result.metafile, folder);
  } catch (error) {
    const messages = (error as { errors?: Message[] }).errors ?? [];
    const problems = messages.length > 0 ? messages.map((message) => problemOf(message, folder)) : [{ code: 'bundle', message: (error as Error).message }];
    return { ok: false, inputs: [definitionPath], problems };
  }

  // Loaded before the time limit starts: the SDK's own start-up is no time of the definition's.
  try {
    projectRequire(sdkPackage);
  } catch {
    // Said below, if the definition imports it.
  }
  await hooks.beforeUserCode?.();
  let exported: unknown;
  try {
    const module = new Module(definitionPath);
    module.filename = definitionPath;
    module.paths = (Module as unknown as { _nodeModulePaths(folder: string): string[] })._nodeModulePaths(folder);
    (module as unknown as { _compile(code: string, filename: string): void })._compile(code, definitionPath);
    exported = (module.exports as { default?: unknown }).default;
  } catch (error) {
    if (isMissingSdk(error)) return { ok: false, inputs, problems: [missingSdk()] };
    const frame = userFrame(error, definitionPath, await sourceMapOf(build), folder, inputs);
    const message = `Evaluating the definition threw: ${(error as Error)?.message ?? String(error)}`;
    return { ok: false, inputs, problems: [{ code: 'evaluation-error', message, ...frame }] };
  }

  let sdk: ProjectSdk & { IntegrationDefinition: new (...args: never[]) => unknown };
  try {
    sdk = projectRequire(sdkPackage);
  } catch {
    return { ok: false, inputs, problems: [missingSdk()] };
  }
  if (exported === undefined) {
    return {
      ok: false,
      inputs,
      problems: [{ code: 'no-default-export', message: 'The definition has no default export; write `export default new IntegrationDefinition({ … })`.', file: definitionPath, line: 1, column: 1 }],
    };
  }
  if (!(exported instanceof sdk.IntegrationDefinition)) {
    return {
      ok: false,
      inputs,
      problems: [
        {
          code: 'not-an-integration-definition',
          message: `The default export is ${describeExport(exported)}, not an IntegrationDefinition of ${sdkPackage}.`,
          path: [],
        },
      ],
    };
  }
  if (!lookup?.reproduced) return { ok: false, inputs, problems: [missingSdk()] };
  const converter = schemaConverter(sdk, lookup.rules, { definitionPath, integrationStudioFolder });
  if ('missing' in converter) return unsupported(missingConverterMessage(lookup.sdkVersion, lookup.generation, converter.missing));
  const problems: EvaluationProblem[] = [];
  const body = await integrationBody(exported as Record<string, unknown>, { convert: converter.convert, rules: lookup.rules, folder, readText, problems });
  let value: { [key: string]: JsonValue };
  let esbuildOptions: { [key: string]: JsonValue };
  try {
    value = JSON.parse(JSON.stringify(body));
    esbuildOptions = JSON.parse(JSON.stringify((exported as { __advanced?: { esbuild?: unknown } }).__advanced?.esbuild ?? {}));
  } catch (error) {
    return { ok: false, inputs, problems: [{ code: 'evaluation-error', message: `The definition's body cannot be sent as JSON: ${(error as Error).message}`, file: definitionPath, line: 1, column: 1 }] };
  }
  return { ok: true, value, inputs, problems, esbuildOptions, lintRuleset: lookup.generation.lints || undefined, cliCamelCaseSeparators: lookup.generation.camelCaseSeparators };
}
