// A new integration project: its files, from the form of its definition and its name.
import { checkValue } from '../checkValue';
import { type DefinitionForm, definitionFileNames, definitionText } from './definitions';
import { gitignore, hubMd, iconSvg, indexTs, packageJson, tsconfigJson } from './projectFiles';
import { windowsDeviceNameProblem } from './windowsDeviceName';

export interface ScaffoldRequest {
  /** The integration's name, `name` or `handle/name`. */
  name: string;
  form: DefinitionForm;
}

export interface Scaffold {
  /** The folder to create the project in: the name without its handle. */
  folderName: string;
  /** The definition's path, relative to the project folder. */
  definitionFile: string;
  /** Every file's text by its path relative to the project folder. */
  files: Record<string, string>;
}

/** Lowercase words joined by dashes, with an optional handle: it names the folder and the npm package too. */
const projectName = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why `name` cannot name a new integration, or undefined when it can. */
export function integrationNameProblem(name: string): string | undefined {
  const definitionProblem = checkValue({ name, version: '0.1.0' }).find((problem) => problem.path[0] === 'name');
  if (definitionProblem) return definitionProblem.message;
  if (!projectName.test(name)) return 'Use lowercase letters, digits and dashes (such as my-integration), optionally after a handle and "/" (acme/my-integration).';
  return windowsDeviceNameProblem(folderNameOf(name));
}

/** The project's folder: the name without its handle. */
function folderNameOf(name: string): string {
  return name.slice(name.indexOf('/') + 1);
}

/** "acme/hello-world" → "Hello World". */
function titleOf(name: string): string {
  const base = name.slice(name.indexOf('/') + 1);
  return base
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export function scaffoldIntegration({ name, form }: ScaffoldRequest): Scaffold {
  const problem = integrationNameProblem(name);
  if (problem) throw new Error(`"${name}" cannot name an integration: ${problem}`);
  const folderName = folderNameOf(name);
  const title = titleOf(name);
  const definitionFile = definitionFileNames[form];
  return {
    folderName,
    definitionFile,
    files: {
      [definitionFile]: definitionText(form, { name, title, description: `${title}: a Botpress integration.` }),
      'src/index.ts': indexTs,
      'hub.md': hubMd(title),
      'icon.svg': iconSvg,
      'package.json': packageJson(name.replace('/', '-'), name),
      'tsconfig.json': tsconfigJson,
      '.gitignore': gitignore,
    },
  };
}
