// What Integration Studio keeps in VS Code's secret storage, listed, since that storage cannot be
// enumerated: the origins with a saved token and the remembered secret values (never the values).
import { defaultApiOrigin } from './apiHost';

/** The list itself is kept in secret storage too, under this key, so that it lives and goes with the values. */
export const storedKeysKey = 'integrationStudio.storedKeys';

export interface RememberedSecret {
  /** The API origin the value is sent to. */
  origin: string;
  /** URI of the definition, as a string. */
  definition: string;
  name: string;
}

export interface StoredKeys {
  /** Origins with a saved token, the most recently saved last. */
  tokens: string[];
  secrets: RememberedSecret[];
}

const legacySecretPrefix = 'integrationStudio.secret:';

/** The storage key of a remembered value: per host, definition and secret name. */
export function secretKey({ origin, definition, name }: RememberedSecret): string {
  return `integrationStudio.secret@${origin}:${definition}:${name}`;
}

/** The keys that may hold a remembered value, the current one first: values remembered before hosts counted belong to the default host. */
export function secretKeys(secret: RememberedSecret): string[] {
  return [secretKey(secret), ...(secret.origin === defaultApiOrigin ? [`${legacySecretPrefix}${secret.definition}:${secret.name}`] : [])];
}

function isRememberedSecret(value: unknown): value is RememberedSecret {
  const { origin, definition, name } = (value ?? {}) as Record<string, unknown>;
  return typeof origin === 'string' && typeof definition === 'string' && typeof name === 'string';
}

/** The list as stored; an absent or damaged one is empty. */
export function parseStoredKeys(text: string | undefined): StoredKeys {
  try {
    const parsed = JSON.parse(text ?? '{}') as { tokens?: unknown; secrets?: unknown };
    return {
      tokens: Array.isArray(parsed.tokens) ? parsed.tokens.filter((origin): origin is string => typeof origin === 'string') : [],
      secrets: Array.isArray(parsed.secrets) ? parsed.secrets.filter(isRememberedSecret) : [],
    };
  } catch {
    return { tokens: [], secrets: [] };
  }
}

const sameSecret = (a: RememberedSecret) => (b: RememberedSecret) => secretKey(a) === secretKey(b);

export function withToken(keys: StoredKeys, origin: string): StoredKeys {
  return { ...keys, tokens: [...keys.tokens.filter((saved) => saved !== origin), origin] };
}

export function withoutTokens(keys: StoredKeys, origins: readonly string[]): StoredKeys {
  return { ...keys, tokens: keys.tokens.filter((saved) => !origins.includes(saved)) };
}

export function withSecret(keys: StoredKeys, secret: RememberedSecret): StoredKeys {
  return keys.secrets.some(sameSecret(secret)) ? keys : { ...keys, secrets: [...keys.secrets, secret] };
}

export function withoutSecrets(keys: StoredKeys, forgotten: readonly RememberedSecret[]): StoredKeys {
  return { ...keys, secrets: keys.secrets.filter((secret) => !forgotten.some(sameSecret(secret))) };
}

export interface RememberedDefinition {
  definition: string;
  /** Its remembered values, for every host. */
  secrets: RememberedSecret[];
}

/** The remembered values grouped by definition, in the order they were first remembered. */
export function rememberedDefinitions(keys: StoredKeys): RememberedDefinition[] {
  const byDefinition = new Map<string, RememberedSecret[]>();
  for (const secret of keys.secrets) byDefinition.set(secret.definition, [...(byDefinition.get(secret.definition) ?? []), secret]);
  return [...byDefinition].map(([definition, secrets]) => ({ definition, secrets }));
}
