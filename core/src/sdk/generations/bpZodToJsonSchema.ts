// bp before 0.8 converts schemas with a dependency of its own, @bpinternal/zod-to-json-schema 3.21.4,
// which reads zod's type names from `zod`. Integration Studio depends on it too and ships no zod: its
// modules are compiled here with `zod` being the project's, the one the definition's schemas are
// made with (resolved from the definition's folder, else from its SDK's, which depends on it).
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ZodToJsonSchema = (schema: unknown, options: { errorMessages: boolean }) => Record<string, unknown>;

const converterPackage = '@bpinternal/zod-to-json-schema';

interface CompilableModule extends Module {
  _compile(code: string, filename: string): void;
}
const moduleInternals = Module as unknown as { _resolveFilename(request: string, parent: Module): string };

/** A package's CommonJS modules, each compiled as Node compiles it, with `zod` given rather than resolved. */
function loadWithZod(entry: string, zod: unknown): unknown {
  const modules = new Map<string, Module>();
  const load = (file: string): unknown => {
    // A cycle (parseDef and its parsers) gets what the module has exported so far, as with Node's require.
    const known = modules.get(file);
    if (known) return known.exports;
    const module = new Module(file) as CompilableModule;
    module.filename = file;
    modules.set(file, module);
    module.require = ((request: string) => (request === 'zod' ? zod : load(moduleInternals._resolveFilename(request, module)))) as NodeJS.Require;
    module._compile(readFileSync(file, 'utf8'), file);
    return module.exports;
  };
  return load(entry);
}

/** By the path of the zod it was loaded with: an evaluator process serves one project. */
const loaded = new Map<string, ZodToJsonSchema>();

/** The converter with the project's zod, or what the project lacks. */
export function bpZodToJsonSchema(definitionPath: string, integrationStudioFolder: string): { convert: ZodToJsonSchema } | { missing: string } {
  const projectRequire = createRequire(definitionPath);
  let zodPath: string;
  try {
    const sdkFolder = dirname(projectRequire.resolve('@botpress/sdk/package.json'));
    zodPath = projectRequire.resolve('zod', { paths: [dirname(definitionPath), sdkFolder] });
  } catch {
    return { missing: 'zod' };
  }
  let convert = loaded.get(zodPath);
  if (!convert) {
    const entry = createRequire(join(integrationStudioFolder, 'noop.js')).resolve(converterPackage);
    convert = (loadWithZod(entry, projectRequire(zodPath)) as { zodToJsonSchema: ZodToJsonSchema }).zodToJsonSchema;
    loaded.set(zodPath, convert);
  }
  return { convert };
}
