// `sdkVersion`: the @botpress/sdk the integration's code is built with, found as Node would resolve it.
import { dirname, join } from 'node:path';
import type { FileAccess } from '../../languageService';

/** Version of the nearest `node_modules/@botpress/sdk` from `folder` up to the file-system root. */
export function installedSdkVersion(folder: string, files: FileAccess): string | undefined {
  for (let directory = folder; ; directory = dirname(directory)) {
    const manifest = files.readText(join(directory, 'node_modules', '@botpress', 'sdk', 'package.json'));
    if (manifest !== undefined) {
      try {
        const version = (JSON.parse(manifest) as { version?: unknown }).version;
        if (typeof version === 'string') return version;
      } catch {
        // A broken manifest is no version; a copy further up is not the one the code resolves.
      }
      return undefined;
    }
    if (dirname(directory) === directory) return undefined;
  }
}
