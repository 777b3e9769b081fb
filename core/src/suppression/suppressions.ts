// Suppression comments applied to a file's problems: the codes a comment names are silenced on the line
// after it; a comment (or a code in it) that silences nothing, and a comment without a reason, are
// problems themselves. The API's hard limits cannot be silenced.
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { catalogRule, isConfigurable } from '../ruleCatalog/ruleCatalog';
import { type CommentSyntax, type SuppressedCode, type Suppression, suppressionsIn } from './suppressionComments';

/** The offsets at which each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function whyUnused({ code }: SuppressedCode): string {
  const rule = catalogRule(code);
  if (!rule) return `"${code}" is not a rule code, so this suppression silences nothing.`;
  if (rule.fixed) return `"${code}" cannot be suppressed: ${rule.fixed}`;
  return `No "${code}" problem on the next line: this suppression silences nothing.`;
}

function unusedProblems(suppression: Suppression, unused: readonly SuppressedCode[]): ServiceDiagnostic[] {
  const whole = unused.length === suppression.codes.length;
  if (whole) {
    const message = suppression.codes.length === 0 ? 'This suppression names no code to silence; write the codes after integration-studio-disable-next-line.' : unused.map(whyUnused).join(' ');
    return [{ offset: suppression.offset, length: suppression.length, severity: Severity.Warning, code: 'unused-suppression', message, data: { remove: 'comment' } }];
  }
  return unused.map((code) => ({ offset: code.offset, length: code.length, severity: Severity.Warning, code: 'unused-suppression', message: whyUnused(code), data: { remove: 'code' } }));
}

function missingReason(suppression: Suppression): ServiceDiagnostic {
  return {
    offset: suppression.offset,
    length: suppression.length,
    severity: Severity.Warning,
    code: 'suppression-reason-missing',
    message: 'Say why this is silenced: write the reason after " -- ", as in "-- internal action, not listed".',
  };
}

/** The problems left once the file's suppression comments apply, with the comments' own problems, in document order. */
export function applySuppressions(diagnostics: readonly ServiceDiagnostic[], text: string, syntax: CommentSyntax): ServiceDiagnostic[] {
  const suppressions = suppressionsIn(text, syntax);
  if (suppressions.length === 0) return [...diagnostics];
  const starts = lineStarts(text);
  const byLine = new Map(suppressions.map((suppression) => [suppression.line + 1, suppression]));
  const used = new Set<SuppressedCode>();
  const kept = diagnostics.filter((diagnostic) => {
    if (!isConfigurable(diagnostic.code)) return true;
    const suppression = byLine.get(lineAt(starts, diagnostic.offset));
    const named = suppression?.codes.filter(({ code }) => code === diagnostic.code) ?? [];
    named.forEach((code) => used.add(code));
    return named.length === 0;
  });
  const own = suppressions.flatMap((suppression) => {
    const unused = suppression.codes.filter((code) => !used.has(code));
    return [...(unused.length > 0 || suppression.codes.length === 0 ? unusedProblems(suppression, unused) : []), ...(suppression.reason ? [] : [missingReason(suppression)])];
  });
  // Stable: the comments' problems go before the file's problems at the same offset.
  return [...own, ...kept].sort((a, b) => a.offset - b.offset);
}
