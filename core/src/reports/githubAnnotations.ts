// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`): each problem becomes an
// annotation on the file and line in the run's summary and the pull request's diff.
import type { ReportedProblem, SeverityName } from './reportedProblem';

const commands: Record<SeverityName, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** A command's message: `%`, CR and LF escaped as the runner reads them. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property's value: also `:` and `,`, which would end it. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One line per problem; lines and columns 1-based, the end column after the last character. */
export function githubAnnotation({ file, range: { start, end }, severity, code, message }: ReportedProblem): string {
  const properties = [
    `file=${escapeProperty(file.split('\\').join('/'))}`,
    `line=${start.line + 1}`,
    `col=${start.character + 1}`,
    `endLine=${end.line + 1}`,
    `endColumn=${end.character + 1}`,
    `title=${escapeProperty(`integration-studio ${code}`)}`,
  ];
  return `::${commands[severity]} ${properties.join(',')}::${escapeData(message)}\n`;
}
