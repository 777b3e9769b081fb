// Secret declarations of the file become the request's `{ NAME: value }` from values supplied at publish time.
import type { JsonValue } from '../../languageService';
import { type DefinitionSource, problemAt } from '../packaging/definitionSource';
import type { Checked, PackagingProblem } from '../packaging/packagingProblem';

export interface SecretDeclaration {
  description?: string;
  optional?: boolean;
}

export interface SecretValues {
  /** Values given explicitly (command line, a form): each name must be declared. */
  given: Readonly<Record<string, string>>;
  /**
   * Asked for each declared secret that has no given value: the environment, a prompt, stored
   * values. Names it knows but the definition does not declare are never asked for, so it may
   * know more than this definition needs.
   */
  lookup?: (name: string, declaration: SecretDeclaration) => string | undefined | Promise<string | undefined>;
  /**
   * A required secret with no value may already be set on the server (the version updated, or the
   * previous version): it is left out of `secrets` instead of being a problem, for the deploy plan to decide.
   */
  mayBeSetOnServer?: boolean;
  /** Called once before `lookup`, with the declared secrets that have no given value: what a lookup may ask about at once. */
  prepare?: (declarations: ReadonlyMap<string, SecretDeclaration>) => Promise<void>;
}

/** The secrets a definition declares, by name; empty when it declares none. */
export function secretDeclarations(value: { [key: string]: JsonValue }): Map<string, SecretDeclaration> {
  const secrets = value.secrets;
  const declarations = new Map<string, SecretDeclaration>();
  if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets)) return declarations;
  for (const [name, declaration] of Object.entries(secrets)) {
    declarations.set(
      name,
      typeof declaration === 'object' && declaration !== null && !Array.isArray(declaration) ? (declaration as SecretDeclaration) : {},
    );
  }
  return declarations;
}

/**
 * The request's `secrets`: undefined when the definition declares none. An empty value counts as
 * no value, so an unset CI variable cannot create an integration with an empty required secret.
 */
export async function resolveSecrets(source: DefinitionSource, values: SecretValues): Promise<Checked<Record<string, string> | undefined>> {
  const declarations = secretDeclarations(source.value);
  const problems: PackagingProblem[] = [];
  const declaredNames = [...declarations.keys()];
  for (const name of Object.keys(values.given)) {
    if (declarations.has(name)) continue;
    const declared = declaredNames.length > 0 ? `it declares ${declaredNames.join(', ')}` : 'it declares none';
    problems.push(
      problemAt(
        source,
        ['secrets'],
        'secret',
        'unknown-secret',
        `A value was given for the secret ${name}, which the definition does not declare; ${declared}.`,
        'key',
      ),
    );
  }
  await values.prepare?.(new Map([...declarations].filter(([name]) => !values.given[name])));
  const resolved: Record<string, string> = {};
  for (const [name, declaration] of declarations) {
    const value = values.given[name] || (await values.lookup?.(name, declaration));
    if (value) resolved[name] = value;
    else if (declaration.optional !== true && values.mayBeSetOnServer !== true) {
      problems.push(problemAt(source, ['secrets', name], 'secret', 'missing-secret', `The secret ${name} is required and has no value.`, 'key'));
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: 'secrets' in source.value ? resolved : undefined };
}
