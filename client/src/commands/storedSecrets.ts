// Integration Studio's part of VS Code's secret storage: tokens per API origin, remembered secret
// values, and the list of both, kept up to date with every change (the storage cannot be enumerated).
import type * as vscode from 'vscode';
import {
  legacyTokenKey,
  parseStoredKeys,
  type RememberedSecret,
  type SavedTokens,
  secretKey,
  secretKeys,
  type StoredKeys,
  storedKeysKey,
  tokenKeys,
  withoutSecrets,
  withoutTokens,
  withSecret,
  withToken,
} from '../../../core/src';

async function firstStored(storage: vscode.SecretStorage, keys: readonly string[]): Promise<{ key: string; value: string } | undefined> {
  for (const key of keys) {
    const value = await storage.get(key);
    if (value !== undefined) return { key, value };
  }
  return undefined;
}

export class StoredSecrets {
  /** Changes of the list are read-modify-write: one at a time. */
  private listChanges: Promise<unknown> = Promise.resolve();

  constructor(private readonly storage: vscode.SecretStorage) {}

  async keys(): Promise<StoredKeys> {
    return parseStoredKeys(await this.storage.get(storedKeysKey));
  }

  private changeList(change: (keys: StoredKeys) => StoredKeys): Promise<void> {
    const next = this.listChanges.then(async () => this.storage.store(storedKeysKey, JSON.stringify(change(await this.keys()))));
    this.listChanges = next.catch(() => undefined);
    return next;
  }

  async savedTokens(): Promise<SavedTokens> {
    return { origins: (await this.keys()).tokens, legacy: (await this.storage.get(legacyTokenKey)) !== undefined };
  }

  async token(origin: string): Promise<string | undefined> {
    return (await firstStored(this.storage, tokenKeys(origin)))?.value;
  }

  async saveToken(origin: string, token: string): Promise<void> {
    const [key, ...older] = tokenKeys(origin);
    await this.storage.store(key, token);
    for (const olderKey of older) await this.storage.delete(olderKey);
    await this.changeList((keys) => withToken(keys, origin));
  }

  async clearTokens(origins: readonly string[]): Promise<void> {
    for (const key of origins.flatMap(tokenKeys)) await this.storage.delete(key);
    await this.changeList((keys) => withoutTokens(keys, origins));
  }

  /** A value remembered under the key used before hosts counted moves to its key for the default host, and into the list. */
  async rememberedValue(secret: RememberedSecret): Promise<string | undefined> {
    const found = await firstStored(this.storage, secretKeys(secret));
    if (found && found.key !== secretKey(secret)) await this.remember(secret, found.value);
    return found?.value;
  }

  async remember(secret: RememberedSecret, value: string): Promise<void> {
    const [key, ...older] = secretKeys(secret);
    await this.storage.store(key, value);
    for (const olderKey of older) await this.storage.delete(olderKey);
    await this.changeList((keys) => withSecret(keys, secret));
  }

  async forget(secrets: readonly RememberedSecret[]): Promise<void> {
    for (const key of secrets.flatMap(secretKeys)) await this.storage.delete(key);
    await this.changeList((keys) => withoutSecrets(keys, secrets));
  }
}
