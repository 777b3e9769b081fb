// How the service reads the files a definition names (icon, readme, code). Injected, so the
// service stays pure: the server and the CLI pass the real file system, tests pass a fake.

export interface DirectoryEntry {
  name: string;
  isDirectory: boolean;
}

export interface FileAccess {
  /** The file's text, or undefined when it does not exist or is not a readable file. */
  readText(path: string): string | undefined;
  isFile(path: string): boolean;
  /** Entries of a directory; empty when it does not exist. */
  listDirectory(path: string): DirectoryEntry[];
  /** The path with every symbolic link resolved, or undefined when it does not exist; absent where there are no links. */
  realPath?(path: string): string | undefined;
}
