// The `yaml` package, loaded on first use: a server that only ever sees JSON definitions never
// evaluates it, which keeps its start (spawn → first diagnostics) short.
import type * as Yaml from 'yaml';

let library: typeof Yaml | undefined;

export function yamlLibrary(): typeof Yaml {
  library ??= require('yaml') as typeof Yaml;
  return library;
}
