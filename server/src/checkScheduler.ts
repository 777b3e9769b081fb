// When a document's check runs: at once when the server is idle, and only for the latest text when
// edits arrived while a check was running. Checks run synchronously, so edits that arrive during one
// wait in the connection's queue, which hands the server one message per turn of the event loop
// (setImmediate). A check is therefore started two turns after the edit that asked for it: a queued
// edit of the same document is handled first and takes its place.
export class CheckScheduler {
  /** The latest request per document; an older one that comes due does nothing. */
  private readonly tickets = new Map<string, number>();
  private issued = 0;

  constructor(private readonly check: (uri: string) => void) {}

  schedule(uri: string): void {
    const ticket = ++this.issued;
    this.tickets.set(uri, ticket);
    setImmediate(() =>
      setImmediate(() => {
        if (this.tickets.get(uri) !== ticket) return;
        this.tickets.delete(uri);
        this.check(uri);
      }),
    );
  }

  cancel(uri: string): void {
    this.tickets.delete(uri);
  }
}
