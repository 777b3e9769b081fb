// What the evaluator process is asked and what it answers, shared by both ends of the IPC channel.
import type { JsonValue, PathSegment } from '../parse/ast';
import type { BpLintRulesetName } from '../lint/bpLintRulesets';

export interface EvaluationRequest {
  /**
   * Random, new for each request: the evaluator's messages carry it back, and the parent heeds no
   * other. The user's code runs only after the request was received, so it cannot know it unless it
   * listened to the process's messages during an earlier request, which retires the process.
   */
  nonce: string;
  /** Absolute path of `integration.definition.ts`. */
  definitionPath: string;
  /** Texts the editor holds, by absolute path: they take the place of the files on disk. */
  overlays: Record<string, string>;
}

/** A problem found while evaluating: at a place in a file, or at a path of the body when no file position is known. */
export interface EvaluationProblem {
  code: string;
  message: string;
  file?: string;
  /** 1-based line and column, as esbuild and source maps report them. */
  line?: number;
  column?: number;
  path?: PathSegment[];
}

export type EvaluationResult =
  | {
      ok: true;
      /** The createIntegration body as `bp deploy` builds it, written as a definition: icon, readme paths and secret declarations kept. */
      value: { [key: string]: JsonValue };
      /** Local files the definition was bundled from (absolute paths). */
      inputs: string[];
      /** Problems at paths of the body that did not stop evaluation (a script file that cannot be read). */
      problems: EvaluationProblem[];
      /** `__advanced.esbuild`, what of it JSON can carry: `bp build` merges it into the code's build options. */
      esbuildOptions: { [key: string]: JsonValue };
      /** The ruleset of `bp lint` in the CLI of the project's SDK generation; absent when that CLI has no `bp lint`. */
      lintRuleset?: BpLintRulesetName;
      /** Where that CLI's camelCase check splits keys into words, when it lets more keys through than the core's rule (bp 0.5.6, 0.6.10). */
      cliCamelCaseSeparators?: readonly string[];
    }
  | { ok: false; problems: EvaluationProblem[]; inputs: string[] };

/**
 * Evaluator → parent: `running` when the user's module is about to run (its time limit starts then,
 * not while the process starts, bundles or loads the SDK), then the result, with the kinds of work
 * (`Timeout`, `PROCESSWRAP`, `TCPSERVERWRAP`, a `message` listener, …) the evaluation left behind:
 * a process that holds any is retired after answering.
 */
export type EvaluatorMessage = { type: 'running'; nonce: string } | { type: 'result'; nonce: string; result: EvaluationResult; leftBehind: string[] };
