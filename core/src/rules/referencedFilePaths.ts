import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { fileReferences, hasAllowedExtension } from './referencedFiles';
import { linkedOutsideMessage, realPathOutsideFolder } from './realLocation';
import { resolveBeside } from './relativePath';
import type { Rule } from './rule';

function listOf(extensions: readonly string[]): string {
  return extensions.length > 1 ? `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1)}` : extensions.join('');
}

/** `icon`, `readme` and `code` name a file of the right kind that exists inside the definition's folder; one problem per field. */
export const referencedFilePaths: Rule = (context) => {
  const diagnostics: ServiceDiagnostic[] = [];
  for (const reference of fileReferences(context)) {
    const { field, node, location } = reference;
    const at = { offset: node.offset, length: node.length, severity: Severity.Error };
    const path = JSON.stringify(node.value);
    if (location.kind === 'absolute') {
      diagnostics.push({ ...at, code: 'file-outside-folder', message: `${field} must be a path relative to this definition's folder; ${path} is absolute.` });
    } else if (location.kind === 'outside') {
      diagnostics.push({ ...at, code: 'file-outside-folder', message: `${field} ${path} points outside this definition's folder.` });
    } else if (!hasAllowedExtension(reference)) {
      diagnostics.push({
        ...at,
        code: 'file-extension',
        message: `${field} must end in ${listOf(reference.extensions)}; ${path} does not.`,
        data: { extensions: reference.extensions },
      });
    } else if (context.files && context.definitionPath) {
      const absolutePath = resolveBeside(context.definitionPath, location.segments);
      if (!context.files.isFile(absolutePath)) {
        diagnostics.push({ ...at, code: 'file-missing', message: `${field} file ${path} does not exist.`, data: { path: absolutePath, kind: field } });
        continue;
      }
      const linkedOutside = realPathOutsideFolder(context.files, context.definitionPath, absolutePath);
      if (linkedOutside !== undefined) {
        diagnostics.push({ ...at, code: 'file-outside-folder', message: `${field} ${path} ${linkedOutsideMessage(linkedOutside)}.` });
      }
    }
  }
  return diagnostics;
};
