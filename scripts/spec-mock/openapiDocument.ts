// The createIntegration API as the spec describes it: @botpress/api's admin state, exported as an
// OpenAPI document by @bpinternal/opapi.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const EXPORT_SCRIPT = "require('@bpinternal/opapi').OpenApi.fromState(require('@botpress/api').admin.state).exportOpenapi(process.argv[1])";

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
}

/**
 * Writes openapi.json into `folder` and returns its path. Every operation loses its
 * `responses.default`, so that prism answers invalid requests with its readable validation errors
 * instead of the default. The export runs in a child process because opapi logs to stdout.
 */
export async function exportOpenapiDocument(folder: string): Promise<string> {
  const exported = spawnSync(process.execPath, ['-e', EXPORT_SCRIPT, folder], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (exported.status !== 0) throw new Error(`exporting the OpenAPI document failed:\n${exported.stderr}`);
  const file = path.join(folder, 'openapi.json');
  const document = JSON.parse(await readFile(file, 'utf8')) as OpenApiDocument;
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations)) delete operation.responses?.default;
  }
  await writeFile(file, JSON.stringify(document));
  return file;
}
