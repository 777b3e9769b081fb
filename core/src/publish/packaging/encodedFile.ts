// `icon` and `readme`: files named by the definition, sent as base64 of their bytes.
import { type DefinitionSource, problemAt } from './definitionSource';
import type { Checked } from './packagingProblem';
import { readProjectFile } from './projectFile';

/** Says why a file's text cannot be sent, or undefined when it can. */
export type ContentCheck = (text: string) => string | undefined;

export async function encodedFile(source: DefinitionSource, field: string, path: string, check?: ContentCheck): Promise<Checked<string>> {
  const refuse = (reason: string): Checked<string> => ({
    ok: false,
    problems: [problemAt(source, [field], 'definition', `unusable-${field}`, `${field}: ${reason}.`)],
  });
  const read = await readProjectFile(source.path, path);
  if (!read.ok) return refuse(read.reason);
  const reason = check?.(read.bytes.toString('utf8'));
  if (reason !== undefined) return refuse(reason);
  return { ok: true, value: read.bytes.toString('base64') };
}
