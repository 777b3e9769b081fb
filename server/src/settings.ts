// The `integrationStudio` settings as clients send them, and which of them a message really carries.

export interface Settings {
  definitionFiles?: unknown;
  /** Whether SDK definitions (TypeScript, the user's code) may be evaluated. */
  evaluateDefinitions?: unknown;
  /** The CPU time, in seconds, evaluating one may take. */
  evaluationTimeLimit?: unknown;
  lint?: unknown;
  maxNumberOfProblems?: unknown;
}

const settingNames: ReadonlyArray<keyof Settings> = ['definitionFiles', 'evaluateDefinitions', 'evaluationTimeLimit', 'lint', 'maxNumberOfProblems'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Our section of what a client sent: `{ integrationStudio: {…} }`, or the section itself when it
 * names one of our settings. Anything else (`null`, another extension's section) carries none of
 * ours, and must change nothing.
 */
export function ourSection(sent: unknown): Settings | undefined {
  if (!isObject(sent)) return undefined;
  if ('integrationStudio' in sent) return isObject(sent.integrationStudio) ? sent.integrationStudio : undefined;
  return settingNames.some((name) => name in sent) ? sent : undefined;
}

/** A `workspace/configuration` answer for our section: an object, or nothing when the client has none. */
export function answeredSection(answer: unknown): Settings | undefined {
  return isObject(answer) ? answer : undefined;
}
