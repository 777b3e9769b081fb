// Problems as the service reports them: offsets into the text, converted to LSP ranges at the edge.

export enum Severity {
  Error = 1,
  Warning = 2,
  Information = 3,
  Hint = 4,
}

export interface ServiceDiagnostic {
  offset: number;
  length: number;
  severity: Severity;
  /** Stable rule id, shown to users and used by quick fixes. */
  code: string;
  message: string;
  /** What a quick fix needs, so that it does not have to validate again. */
  data?: Record<string, unknown>;
}

export const diagnosticSource = 'integration-studio';
