// Messages and titles quote the names and values they are about: a pasted megabyte quoted whole made each of its
// problems, and each quick fix for them, megabytes long, in the editor as in a CI log. What is shown
// of a longer message keeps its start and its end (where it says what to do), its middle elided.
import { shortened } from '../stringLength';

const longestMessage = 1000;
const keptEnd = 300;

export function shownMessage(message: string): string {
  return shortened(message, longestMessage, keptEnd);
}

/** A key, path or title quoted where it is shown (hover, outline, a quick fix's title): its start and its end. */
const longestName = 200;
const keptEndOfName = 60;

export function shownName(name: string): string {
  return shortened(name, longestName, keptEndOfName);
}
