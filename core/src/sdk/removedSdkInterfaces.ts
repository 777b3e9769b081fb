// @botpress/sdk 0.8.29 to 0.11 exported interface declarations (`interfaces.listable`); SDK 1.0 dropped
// them for packages that `bp add` installs into bp_modules/. A definition written for the older SDK
// then throws where it reads one, under bp as here: `Cannot read properties of undefined (reading
// 'listable')`, all that bp prints. Said in those words at the `interfaces.listable` that reads it,
// with what to do.
import { dirname, join, relative, sep } from 'node:path';
import type { SdkLocator } from './locator/sdkLocator';

const undefinedRead = /Cannot read properties of undefined \(reading '([^']+)'\)$/;

/** The hub's name of an interface the SDK exported in camelCase: `speechToText` is `speech-to-text`. */
const hubName = (exported: string) => exported.replace(/[A-Z]/g, (capital) => `-${capital.toLowerCase()}`);

/** How the file imports what `bp add` installs beside the definition. */
function bpModuleImport(file: string, definitionFolder: string, name: string): string {
  const path = relative(dirname(file), join(definitionFolder, 'bp_modules', name)).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

export interface RemovedInterfaceRead {
  start: number;
  end: number;
  message: string;
}

/** The read of an SDK interface that made the evaluation throw at this offset of this file, if that is what it was. */
export function removedInterfaceRead(thrown: string, file: string, offset: number, locator: SdkLocator): RemovedInterfaceRead | undefined {
  const read = undefinedRead.exec(thrown)?.[1];
  const access = read === undefined ? undefined : locator.sdkInterfacesAccessAt(file, offset);
  if (!access || access.name !== read) return undefined;
  const name = hubName(read);
  const fix = `install the interface with npx bp add ${name} and import it from bp_modules: import ${read} from '${bpModuleImport(file, dirname(locator.definitionPath), name)}'`;
  return {
    start: access.start,
    end: access.end,
    message: `Cannot read properties of undefined (reading '${read}'): @botpress/sdk exports no interfaces since 1.0 (0.8.29 to 0.11 did); ${fix}.`,
  };
}
