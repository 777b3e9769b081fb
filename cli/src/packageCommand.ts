// `integration-studio package`: the exact body `create` would send, secret values as `***`.
import { resolve } from 'node:path';
import { packageDefinition, previewBody, type SecretValues } from '../../core/src';
import type { CliIo } from './cliIo';
import { inputAt, replaceFile } from './outputFile';
import { reportProblems } from './problemsOutput';
import { shownPath } from './shownPath';
import { ensureReadable } from './unreadableFile';

export interface PackageArguments {
  definition: string;
  /** Where to write the body; stdout when undefined. */
  out: string | undefined;
  secrets: SecretValues;
  /** The CPU time evaluating an SDK definition may take; undefined: the evaluator's default. */
  evaluationTimeLimitMs: number | undefined;
}

export async function packageCommand(args: PackageArguments, io: CliIo): Promise<number> {
  const definition = resolve(io.cwd, args.definition);
  await ensureReadable(definition, io.cwd);
  const packaged = await packageDefinition(definition, { secrets: args.secrets, evaluationTimeLimitMs: args.evaluationTimeLimitMs });
  if (!packaged.body) return reportProblems(definition, packaged.problems, io);
  const text = `${JSON.stringify(previewBody(packaged.body), null, 2)}\n`;
  if (args.out === undefined) {
    io.stdout(text);
    return 0;
  }
  const out = resolve(io.cwd, args.out);
  const input = await inputAt(out, packaged.inputs);
  if (input !== undefined) {
    const shownOut = shownPath(io.cwd, out);
    const shownInput = shownPath(io.cwd, input);
    const same = shownOut === shownInput ? shownOut : `${shownOut} (the same file as ${shownInput})`;
    throw new Error(`--out ${same} would overwrite a file the body is made of; nothing was written. Choose another file.`);
  }
  await replaceFile(out, text);
  io.stderr(`Wrote the request body of ${packaged.body.name}@${packaged.body.version} to ${shownPath(io.cwd, out)} (secret values as ***).\n`);
  return 0;
}
