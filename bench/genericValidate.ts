// The generic alternative over a monorepo, as one process would check it: each definition named,
// read and checked by vscode-json-languageservice with our schema, one after the other.
// Usage: node genericValidate.js <definition>…; prints how many definitions and problems.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { genericJsonService, genericLanguageId } from './jsonLanguageService';

async function main(files: readonly string[]): Promise<void> {
  const service = genericJsonService();
  let problems = 0;
  for (const file of files) {
    const document = TextDocument.create(pathToFileURL(resolve(file)).href, genericLanguageId, 1, readFileSync(file, 'utf8'));
    problems += (await service.doValidation(document, service.parseJSONDocument(document))).length;
  }
  console.log(`${files.length} definitions, ${problems} problems`);
}

void main(process.argv.slice(2));
