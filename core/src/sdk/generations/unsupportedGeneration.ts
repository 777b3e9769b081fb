// The one diagnostic for a project whose @botpress/sdk Integration Studio cannot judge as its `bp`
// would (a version that is not one, an SDK without its generation's converter): named with the
// version, the CLI generation it belongs to, and what to do. Placed on the
// definition's import of the SDK, where the version is chosen, else at its first character.
import { type SdkGeneration, sdkGenerations } from './sdkGenerations';

const sdkImport = /(?:from\s*|require\s*\(\s*|import\s*\(\s*)(['"])@botpress\/sdk\1/;

/** 1-based line and column of the `'@botpress/sdk'` string the definition imports, else 1:1. */
export function sdkImportPosition(text: string): { line: number; column: number } {
  const match = sdkImport.exec(text);
  if (!match) return { line: 1, column: 1 };
  const offset = match.index + match[0].length - "'@botpress/sdk'".length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function whatIsReproduced(): string {
  const clis = sdkGenerations.map((generation) => generation.cli);
  return `it judges each @botpress/sdk version as the bp made for it does: ${clis.slice(0, -1).join(', ')} or ${clis.at(-1)}`;
}

const whatToDo = 'update the SDK (npm install @botpress/sdk@latest) or check this project with bp itself';

/** A version that is not one (`latest`, a git URL): no generation holds it. */
export function notAVersionMessage(sdkVersion: string): string {
  return `@botpress/sdk "${sdkVersion}" is not a version Integration Studio can match with a Botpress CLI (${whatIsReproduced()}); ${whatToDo}.`;
}

/** An SDK that lacks what its generation's CLI converts schemas with. */
export function missingConverterMessage(sdkVersion: string, generation: SdkGeneration, missing: string): string {
  return `@botpress/sdk ${sdkVersion} has no ${missing}, with which bp ${generation.cli} converts schemas (${whatIsReproduced()}); ${whatToDo}.`;
}
