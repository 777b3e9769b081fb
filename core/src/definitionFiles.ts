// Which documents the server treats as integration definitions: the standard file names, plus
// the globs of the `integrationStudio.definitionFiles` setting.
import picomatch from 'picomatch';
import { definitionSchema } from './schemas';

const standardFileName = /(^|\/)integration\.definition\.(json|ya?ml|ts)$/i;
const sdkFileName = /(^|\/)integration\.definition\.ts$/i;

/** Whether a path or URI names an SDK definition, evaluated rather than parsed. */
export function isSdkDefinition(pathOrUri: string): boolean {
  return sdkFileName.test(pathOf(pathOrUri));
}

export class DefinitionFileMatcher {
  private matchers: Array<(path: string) => boolean> = [];

  setGlobs(globs: readonly string[]): void {
    this.matchers = globs
      .filter((glob) => typeof glob === 'string' && glob.trim() !== '')
      .map((glob) => picomatch(glob, { dot: true, basename: !glob.includes('/'), windows: false }));
  }

  /** `workspaceFolders` are folder URIs; globs match paths relative to them and absolute paths. */
  matches(uri: string, workspaceFolders: readonly string[] = []): boolean {
    const path = pathOf(uri);
    if (standardFileName.test(path)) return true;
    if (this.matchers.length === 0) return false;
    const candidates = [path, ...workspaceFolders.map((folder) => relativeTo(path, pathOf(folder))).filter((p): p is string => p !== undefined)];
    return this.matchers.some((match) => candidates.some((candidate) => match(candidate)));
  }
}

/** The path of a URI or of a file-system path, with `/` separators whatever the platform. */
function pathOf(uri: string): string {
  if (/^[A-Za-z]:[\\/]|^\\\\/.test(uri)) return uri.replace(/\\/g, '/');
  const withoutQuery = uri.split(/[?#]/)[0];
  try {
    return decodeURIComponent(withoutQuery.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''));
  } catch {
    return withoutQuery;
  }
}

function relativeTo(path: string, folder: string): string | undefined {
  const prefix = folder.endsWith('/') ? folder : folder + '/';
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

/**
 * The files a definition can name (its fields with `x-file-extensions`, read from the schema), as
 * one glob for a file watcher; both cases, since the extension check ignores case.
 */
export function referencedFilesGlob(): string {
  const extensions = Object.values(definitionSchema.properties ?? {}).flatMap((field) => field['x-file-extensions'] ?? []);
  const names = [...new Set(extensions.flatMap((extension) => [extension.slice(1).toLowerCase(), extension.slice(1).toUpperCase()]))];
  return `**/*.{${names.join(',')}}`;
}
