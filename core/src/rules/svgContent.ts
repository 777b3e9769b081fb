import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { fileReferences, hasAllowedExtension } from './referencedFiles';
import { realPathOutsideFolder } from './realLocation';
import { resolveBeside } from './relativePath';
import type { Rule } from './rule';
import { svgProblem } from './svgProblem';

/** The API refuses an icon that does not parse as SVG. Paths with other problems are left to `referencedFilePaths`. */
export const svgContent: Rule = (context) => {
  const { files, definitionPath } = context;
  if (!files || !definitionPath) return [];
  const diagnostics: ServiceDiagnostic[] = [];
  for (const reference of fileReferences(context)) {
    const { field, node, location } = reference;
    if (location.kind !== 'inside' || !hasAllowedExtension(reference) || !node.value.toLowerCase().endsWith('.svg')) continue;
    const path = resolveBeside(definitionPath, location.segments);
    if (realPathOutsideFolder(files, definitionPath, path) !== undefined) continue;
    const text = files.readText(path);
    const problem = text === undefined ? undefined : svgProblem(text);
    if (problem) {
      diagnostics.push({
        offset: node.offset,
        length: node.length,
        severity: Severity.Error,
        code: 'invalid-svg',
        message: `${field} ${JSON.stringify(node.value)} is not valid SVG: ${problem}.`,
      });
    }
  }
  return diagnostics;
};
