// `.botpress/project.cache.json`, where `bp dev` keeps the id of the project's dev integration
// (`devId`) and of its tunnel (`tunnelId`), so that `bp dev` and Integration Studio reuse each
// other's. The file is bp's (utils/cache-utils.ts): an object written with two-space indentation.
// Only our keys change; the others (bp's `botId`, the `secrets` it may cache) are written back as read.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type ProjectCache = Record<string, unknown>;

export const projectCacheFile = join('.botpress', 'project.cache.json');

export function projectCachePath(projectFolder: string): string {
  return join(projectFolder, projectCacheFile);
}

export class ProjectCacheError extends Error {}

/** The cache as bp reads it: a JSON object; an empty file counts as none. */
export function parseProjectCache(text: string, path: string): ProjectCache {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ProjectCacheError(`${path} is not valid JSON (${(error as Error).message}): fix it or delete it.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ProjectCacheError(`${path} must hold a JSON object: fix it or delete it.`);
  return value as ProjectCache;
}

/** As bp writes it. */
export function projectCacheText(cache: ProjectCache): string {
  return JSON.stringify(cache, null, 2);
}

/** A string value of the cache, or undefined when absent or not a non-empty string. */
export function cachedString(cache: ProjectCache, key: string): string | undefined {
  const value = cache[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The cache with `key` set, or removed when `value` is undefined. */
export function withCacheEntry(cache: ProjectCache, key: string, value: string | undefined): ProjectCache {
  const { [key]: _old, ...rest } = cache;
  return value === undefined ? rest : { ...cache, [key]: value };
}

export async function readProjectCache(projectFolder: string): Promise<ProjectCache> {
  const path = projectCachePath(projectFolder);
  try {
    return parseProjectCache(await readFile(path, 'utf8'), path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    if (error instanceof ProjectCacheError) throw error;
    throw new ProjectCacheError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
}

/**
 * Sets or removes one key, keeping the others. Written beside and renamed over, so that a symbolic
 * link in the project's place replaces nothing outside it.
 */
export async function updateProjectCache(projectFolder: string, key: string, value: string | undefined): Promise<void> {
  const cache = await readProjectCache(projectFolder);
  if (cache[key] === value) return;
  const path = projectCachePath(projectFolder);
  await mkdir(join(projectFolder, '.botpress'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, projectCacheText(withCacheEntry(cache, key, value)));
  await rename(temporary, path);
}
