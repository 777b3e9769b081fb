// Which documents the server treats as integration definitions.
const definitionFileName = /(^|\/)integration\.definition\.(json|ya?ml)$/i;

export function isDefinitionUri(uri: string): boolean {
  const path = decodeURIComponent(uri.split(/[?#]/)[0]);
  return definitionFileName.test(path);
}
