// Where `package --out` writes: never over a file the body was made of (the definition, its icon,
// readme or code, by real path or hard link), and never through a link at the out path: the body is
// written to a new file beside it, then renamed over it.
import { randomBytes } from 'node:crypto';
import { realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

interface FileIdentity {
  realPath: string;
  /** Device and inode, when the file exists: a hard link has another path but the same pair. */
  node?: { dev: number; ino: number };
}

async function nodeOf(path: string): Promise<FileIdentity['node']> {
  try {
    const { dev, ino } = await stat(path);
    return { dev, ino };
  } catch {
    return undefined;
  }
}

/** What writing to `path` through its links would reach; a file not there yet is named by its folder's real path. */
async function identityOf(path: string): Promise<FileIdentity> {
  try {
    return { realPath: await realpath(path), node: await nodeOf(path) };
  } catch {
    return { realPath: join(await realpath(dirname(path)), basename(path)) };
  }
}

function isSameFile(a: FileIdentity, b: FileIdentity): boolean {
  return a.realPath === b.realPath || (a.node !== undefined && b.node !== undefined && a.node.dev === b.node.dev && a.node.ino === b.node.ino);
}

/** The first of `inputs` that `out` is, by real path or hard link; undefined when it is none of them. */
export async function inputAt(out: string, inputs: readonly string[]): Promise<string | undefined> {
  const target = await identityOf(out);
  for (const input of inputs) {
    const existing = await nodeOf(input);
    if (!existing) continue;
    if (isSameFile(target, { realPath: await realpath(input), node: existing })) return input;
  }
  return undefined;
}

/** Writes `text` to a new file beside `out` and renames it to `out`: a link at `out` is replaced, not followed. */
export async function replaceFile(out: string, text: string): Promise<void> {
  const temporary = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
