// What stops an SDK definition (`integration.definition.ts`) from being evaluated into the body `bp`
// would send: without the body, nothing can be checked or sent.
import type { CatalogRule } from './catalogRule';

const notEvaluated = 'Without an evaluated body nothing can be checked or sent; no setting changes that.';

function evaluationRule(code: string, title: string, why: string, fix: string, example?: CatalogRule['example']): CatalogRule {
  return { code, family: 'sdk', title, level: 'error', why, fix, ...(example ? { example } : {}), fixed: notEvaluated };
}

export const sdkRules: readonly CatalogRule[] = [
  evaluationRule(
    'missing-sdk',
    "The project's @botpress/sdk is installed",
    "The definition is evaluated with the project's own `@botpress/sdk`, as `bp` does; it is looked up from the definition's folder.",
    'Run `npm install` in the project (its package.json lists `@botpress/sdk`).',
  ),
  evaluationRule(
    'unsupported-sdk-generation',
    "The project's @botpress/sdk has a version a Botpress CLI was made for, with the converter of its generation",
    "Each project is judged by the Botpress CLI of its SDK's generation; an SDK whose version is none (a manifest without a version) or that lacks its generation's schema converter cannot be matched with one, and a verdict of another generation's rules would be wrong.",
    'Install a released `@botpress/sdk` in the project (docs/sdk-definitions.md lists the generations).',
  ),
  evaluationRule(
    'removed-sdk-interfaces',
    'The definition reads no interface from the SDK that the SDK no longer exports',
    "SDK 0.8.29 to 0.11 exported interface declarations (`interfaces.listable`); SDK 1.0 dropped them for packages that `bp add` installs into `bp_modules/`. Evaluated with a later SDK, the definition throws where it reads one (`Cannot read properties of undefined (reading 'listable')`, what `bp` prints).",
    'Run `npx bp add <interface>` and import it from `bp_modules/` (`import listable from \'./bp_modules/listable\'`).',
  ),
  evaluationRule(
    'missing-bp-module',
    'The interfaces the definition imports from bp_modules/ are installed',
    '`bp_modules/` holds what `bp add` installs; an interface imported from there must be installed before the definition can be bundled.',
    'Run `npx bp add` (it installs the `bpDependencies` of package.json), or `npx bp add <interface>`.',
  ),
  evaluationRule(
    'bundle',
    'The definition and its local modules bundle with esbuild',
    'The definition is bundled as `bp` bundles it; esbuild reports a syntax error or an import it cannot resolve.',
    'Correct the code or the import at the place shown; install a missing package with `npm install`.',
    {
      language: 'typescript',
      fails: "import { IntegrationDefinition } from '@botpress/sdk'\nimport { actions } from './definitions/actionz'\n\nexport default new IntegrationDefinition({ name: 'chat', version: '0.1.0', actions })",
      passes: "import { IntegrationDefinition } from '@botpress/sdk'\nimport { actions } from './definitions/actions'\n\nexport default new IntegrationDefinition({ name: 'chat', version: '0.1.0', actions })",
    },
  ),
  evaluationRule(
    'evaluation-error',
    'The definition runs without throwing',
    "The definition's module is run to build the body; an exception it throws (a zod call on undefined, a missing file) stops it.",
    'Correct the code at the place the stack trace points to.',
    {
      language: 'typescript',
      fails: "import { IntegrationDefinition, z } from '@botpress/sdk'\n\nexport default new IntegrationDefinition({ name: 'chat', version: '0.1.0', configuration: { schema: z.objet({}) } })",
      passes: "import { IntegrationDefinition, z } from '@botpress/sdk'\n\nexport default new IntegrationDefinition({ name: 'chat', version: '0.1.0', configuration: { schema: z.object({}) } })",
    },
  ),
  evaluationRule(
    'no-default-export',
    'The definition has a default export',
    '`bp` takes the module\'s default export as the integration definition.',
    'Write `export default new IntegrationDefinition({ … })`.',
    {
      language: 'typescript',
      fails: "import { IntegrationDefinition } from '@botpress/sdk'\n\nexport const definition = new IntegrationDefinition({ name: 'chat', version: '0.1.0' })",
      passes: "import { IntegrationDefinition } from '@botpress/sdk'\n\nexport default new IntegrationDefinition({ name: 'chat', version: '0.1.0' })",
    },
  ),
  evaluationRule(
    'not-an-integration-definition',
    'The default export is an IntegrationDefinition',
    "`bp` builds the body from an `IntegrationDefinition` of the project's SDK; another object has no body to build.",
    "Export `new IntegrationDefinition({ … })` from the project's `@botpress/sdk`.",
  ),
  evaluationRule(
    'schema-conversion',
    'Every zod schema converts to JSON Schema',
    "The body carries each zod schema as JSON Schema, converted as the project's SDK converts it; a schema the converter refuses cannot be sent.",
    'Replace the zod construct the message names with one that converts (a `z.custom` or a transform has no JSON Schema).',
  ),
  evaluationRule(
    'missing-file',
    'The files the SDK reads while building the body exist',
    'The body reads some files when it is built (such as the scripts an `identifier` or a channel names); a file that cannot be read stops it.',
    "Create the file, or correct its path (relative to the definition's folder).",
  ),
  evaluationRule(
    'evaluation-timeout',
    'The definition is evaluated within the time limit',
    'The definition runs in a separate process with a time limit (5 s for its own code), so that an endless loop cannot hang the editor or CI.',
    'Look for a loop or a wait that never ends in the definition or its modules.',
  ),
  evaluationRule(
    'evaluation-memory',
    'The definition is evaluated within the memory limit',
    'The definition runs in a separate process with a memory limit (512 MB), so that a runaway evaluation cannot take the machine down.',
    'Look for what grows without bound in the definition or its modules.',
  ),
  evaluationRule(
    'evaluation-crash',
    'The evaluating process does not stop',
    'The process evaluating the definition stopped before answering (it exited, or was killed).',
    "Look for `process.exit` or a native module's crash in the definition's code; the message says how it stopped.",
  ),
  evaluationRule(
    'evaluation-cancelled',
    'The evaluation was not cancelled',
    'An evaluation is cancelled when the editor or the CLI stops it (closing, shutting down); its result would be stale.',
    'Check again; nothing in the definition needs fixing.',
  ),
  {
    code: 'outside-workspace',
    family: 'sdk',
    title: 'SDK definitions are evaluated only inside the workspace folders',
    level: 'info',
    why: "Evaluating a definition runs its code; Integration Studio runs only the code of the folders open in the editor (and trusted).",
    fix: "Open the definition's folder (File > Open Folder) to check it.",
    fixed: 'It is about where the definition is, not about the definition.',
  },
];
