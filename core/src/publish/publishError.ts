// Every failure of publishing, typed so that the CLI and the editor can react to each kind.

export type PublishErrorKind =
  /** The API answered with an error (its envelope or an error status). */
  | 'api'
  /** The API could not be reached, or the connection broke. */
  | 'network'
  /** No answer within the time allowed. */
  | 'timeout'
  /** The caller aborted. */
  | 'cancelled'
  /** The API answered success with a body that is not what the spec says, or answered more than can be read. */
  | 'bad-response'
  /** The API URL is not https (nor http to a loopback host), or the token or workspace id cannot be sent. */
  | 'invalid-target'
  /** No esbuild could be loaded to bundle the code. */
  | 'esbuild-unavailable'
  /** The name@version exists, and cannot be changed (published, or another workspace's), or may not be without consent. */
  | 'exists';

export interface PublishErrorDetails {
  /** The API's error type, such as `AlreadyExists`. */
  type?: string;
  status?: number;
  /** The API's error id, to quote when reporting a problem to Botpress. */
  errorId?: string;
  /** What the user can do about it. */
  nextStep?: string;
  /** Seconds the API asked to wait before trying again. */
  retryAfterSeconds?: number;
}

/** `message` is the whole text to show: what happened, then the next step; `reason` is the first part alone. */
export class PublishError extends Error {
  readonly kind: PublishErrorKind;
  readonly reason: string;
  readonly type?: string;
  readonly status?: number;
  readonly errorId?: string;
  readonly nextStep?: string;
  readonly retryAfterSeconds?: number;

  constructor(kind: PublishErrorKind, reason: string, details: PublishErrorDetails = {}) {
    super(details.nextStep ? `${reason} ${details.nextStep}` : reason);
    this.name = 'PublishError';
    this.kind = kind;
    this.reason = reason;
    this.type = details.type;
    this.status = details.status;
    this.errorId = details.errorId;
    this.nextStep = details.nextStep;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}
