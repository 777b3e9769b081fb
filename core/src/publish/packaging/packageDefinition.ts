// A definition file becomes the exact createIntegration request body, or the list of reasons it cannot.
import { resolve } from 'node:path';
import type { JsonValue } from '../../parse/ast';
import { isSdkDefinition } from '../../definitionFiles';
import { SdkEvaluator } from '../../sdk/evaluator';
import { isExpectedOfSdk } from '../../sdk/sdkExpectedKeys';
import { loadSdkDefinition } from './sdkDefinitionSource';
import { sdkCode } from './sdkCode';
import { nodeFileAccess } from '../../nodeFileAccess';
import { svgProblem } from '../../rules/svgProblem';
import { bundleCode } from './bundleCode';
import { projectManifests } from './projectManifests';
import type { CreateIntegrationBody } from './createIntegrationBody';
import { type DefinitionSource, loadDefinition } from './definitionSource';
import { encodedFile } from './encodedFile';
import { esbuildSearchPaths } from './esbuildResolver';
import type { Checked, PackagingProblem } from './packagingProblem';
import { pathBesideDefinition } from './projectFile';
import { checkRequestBody } from './requestBodyCheck';
import { deployFields } from './deployFields';
import { installedSdkVersion } from './sdkVersion';
import { type SecretDeclaration, secretDeclarations, resolveSecrets, type SecretValues } from '../credentials/secrets';

export interface PackagingOptions {
  secrets: SecretValues;
  /** Evaluates SDK definitions; one is started (and stopped) for this call when not given. */
  evaluator?: SdkEvaluator;
  /** The CPU time evaluating an SDK definition may take; the evaluator's default when not given. */
  evaluationTimeLimitMs?: number;
  /** An SDK definition's modules as the editor holds them, by absolute path, where they differ from the disk. */
  overlays?: Record<string, string>;
  /** Where Integration Studio's own esbuild is resolved from when the project has none; defaults to the folder of this code. */
  integrationStudioFolder?: string;
  /**
   * False in an untrusted workspace: nothing of the project is loaded or run. Its esbuild is not
   * used (Integration Studio's bundles), and an SDK definition, which only evaluation can read, is refused.
   */
  runProjectCode?: boolean;
}

export type PackagingResult =
  | {
      body: CreateIntegrationBody;
      problems: [];
      /** Every file the body was made of, absolute: the definition and its modules, icon, readme, the code's inputs, the manifests above them. */
      inputs: string[];
      /** The secrets the definition declares, by name, also those given no value. */
      secretDeclarations: Record<string, SecretDeclaration>;
    }
  | { body: undefined; problems: PackagingProblem[] };

const unchanged = <T>(value: T): Promise<Checked<T>> => Promise.resolve({ ok: true, value });

/** The icon and readme the definition names, absolute. */
function namedFiles(source: DefinitionSource): string[] {
  return [source.value.icon, source.value.readme].flatMap((path) => (typeof path === 'string' ? pathBesideDefinition(source.path, path) ?? [] : []));
}

/**
 * Validates the definition as the editor does and refuses on any error; then encodes `icon` and
 * `readme`, bundles `code`, fills `secrets` and `sdkVersion`, drops `$schema`, and checks the
 * result against the request schema. Problems of every step are reported together.
 */
export async function packageDefinition(definitionPath: string, options: PackagingOptions): Promise<PackagingResult> {
  if (isSdkDefinition(definitionPath)) {
    return options.runProjectCode === false ? { body: undefined, problems: [sdkDefinitionNotRun(resolve(definitionPath))] } : packageSdkDefinition(resolve(definitionPath), options);
  }
  const loaded = await loadDefinition(resolve(definitionPath));
  if (!loaded.ok) return { body: undefined, problems: loaded.problems };
  const source = loaded.value;
  const { icon, readme, code } = source.value;
  const [secrets, encodedIcon, encodedReadme, bundle] = await Promise.all([
    resolveSecrets(source, options.secrets),
    // The bytes sent are checked again: the file may have changed since the definition was validated.
    typeof icon === 'string' ? encodedFile(source, 'icon', icon, svgProblem) : unchanged(undefined),
    typeof readme === 'string' ? encodedFile(source, 'readme', readme) : unchanged(undefined),
    typeof code === 'string'
      ? bundleCode(source, code, { esbuildSearchPaths: esbuildSearchPaths(source.folder, options.integrationStudioFolder ?? __dirname, { projectEsbuild: options.runProjectCode !== false }) })
      : unchanged(undefined),
  ]);
  const problems = [secrets, encodedIcon, encodedReadme, bundle].flatMap((step) => (step.ok ? [] : step.problems));
  if (!secrets.ok || !encodedIcon.ok || !encodedReadme.ok || !bundle.ok) return { body: undefined, problems };

  const packaged: Record<string, unknown> = { icon: encodedIcon.value, readme: encodedReadme.value, code: bundle.value?.code, secrets: secrets.value };
  const body = Object.fromEntries(
    Object.entries(source.value)
      .filter(([field]) => field !== '$schema')
      .map(([field, value]) => [field, field in packaged ? packaged[field] : value]),
  ) as CreateIntegrationBody;
  if (body.sdkVersion === undefined) {
    const sdkVersion = installedSdkVersion(source.folder, nodeFileAccess);
    if (sdkVersion !== undefined) body.sdkVersion = sdkVersion;
  }
  const bodyProblems = checkRequestBody(body, source);
  if (bodyProblems.length > 0) return { body: undefined, problems: bodyProblems };
  return {
    body,
    problems: [],
    inputs: [source.path, ...namedFiles(source), ...(bundle.value?.inputs ?? []), ...projectManifests(source.folder)],
    secretDeclarations: Object.fromEntries(secretDeclarations(source.value)),
  };
}

function sdkDefinitionNotRun(definitionPath: string): PackagingProblem {
  return {
    kind: 'definition',
    file: definitionPath,
    line: 1,
    column: 1,
    code: 'untrusted-workspace',
    message: 'An SDK definition is code: packaging it runs it, and this workspace is not trusted to run code.',
  };
}

/** Fields of the body `bp deploy` sends, in its order; undefined ones are left out. */
const sdkBodyFields = [
  'name', 'version', 'title', 'description', 'user', 'events', 'actions', 'channels', 'states', 'entities', 'attributes',
  'extraOperations', 'code', 'icon', 'readme', 'identifier', 'configuration', 'configurations', 'interfaces', 'public',
  'visibility', 'sdkVersion', 'secrets',
] as const;

/**
 * An SDK definition becomes the body `bp deploy` sends for it: the evaluated body, `icon` and `readme`
 * in base64, `code` from `bp build` (or bundled as it bundles), what that generation's `bp deploy`
 * adds (from bp 4.25, `visibility` private and the project's SDK version; before, `public: false` or
 * nothing), and the secret values. Interface ids are looked up when sending.
 */
async function packageSdkDefinition(definitionPath: string, options: PackagingOptions): Promise<PackagingResult> {
  const evaluator = options.evaluator ?? new SdkEvaluator();
  const loaded = await loadSdkDefinition(definitionPath, evaluator, nodeFileAccess, options.overlays, { timeLimitMs: options.evaluationTimeLimitMs }).finally(() => {
    if (!options.evaluator) evaluator.dispose();
  });
  if (!loaded.ok) return { body: undefined, problems: loaded.problems };
  const source = loaded.value;
  const { icon, readme } = source.value;
  const [secrets, encodedIcon, encodedReadme, code] = await Promise.all([
    resolveSecrets(source, options.secrets),
    typeof icon === 'string' ? encodedFile(source, 'icon', icon, svgProblem) : unchanged(undefined),
    typeof readme === 'string' ? encodedFile(source, 'readme', readme) : unchanged(undefined),
    sdkCode(source, { esbuildSearchPaths: esbuildSearchPaths(source.folder, options.integrationStudioFolder ?? __dirname) }),
  ]);
  const problems = [secrets, encodedIcon, encodedReadme, code].flatMap((step) => (step.ok ? [] : step.problems));
  if (!secrets.ok || !encodedIcon.ok || !encodedReadme.ok || !code.ok) return { body: undefined, problems };

  const fields: Record<string, unknown> = {
    ...source.value,
    code: code.value.code,
    icon: encodedIcon.value,
    readme: encodedReadme.value,
    ...deployFields(installedSdkVersion(source.folder, nodeFileAccess)),
    secrets: secrets.value ?? {},
  };
  const body = Object.fromEntries(sdkBodyFields.filter((field) => fields[field] !== undefined).map((field) => [field, fields[field] as JsonValue])) as CreateIntegrationBody;
  const bodyProblems = checkRequestBody(body, source, isExpectedOfSdk);
  if (bodyProblems.length > 0) return { body: undefined, problems: bodyProblems };
  return {
    body,
    problems: [],
    inputs: [source.path, ...source.inputs, ...namedFiles(source), ...code.value.inputs, ...projectManifests(source.folder)],
    secretDeclarations: Object.fromEntries(secretDeclarations(source.value)),
  };
}
