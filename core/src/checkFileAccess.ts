// One check's view of the files a definition names. Several rules ask the same of the same file (the
// icon exists, where it really is, what it holds; the definition folder's real path for each file):
// the file system answers each question once per check, which counts where a call is slow (a
// network or WSL-mounted folder). Each check asks afresh, as the files may have changed since.
import type { FileAccess } from './fileAccess';

function remembered<T>(answer: (path: string) => T): (path: string) => T {
  const answers = new Map<string, T>();
  return (path) => {
    if (!answers.has(path)) answers.set(path, answer(path));
    return answers.get(path)!;
  };
}

export function checkFileAccess(files: FileAccess): FileAccess {
  const realPath = files.realPath;
  return {
    readText: remembered((path) => files.readText(path)),
    isFile: remembered((path) => files.isFile(path)),
    // No rule lists a folder.
    listDirectory: (path) => files.listDirectory(path),
    ...(realPath ? { realPath: remembered((path) => realPath.call(files, path)) } : {}),
  };
}
