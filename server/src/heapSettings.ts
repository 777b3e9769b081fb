// V8 settings for a long-lived server that holds a large definition and checks it again on every
// edit. They are set from inside the process because the editor owns the command line (`node
// dist/server.js --stdio` in Neovim, Helix, …; VS Code forks the same file): flags the user would
// have to add are flags most users never add. V8 reads each of these when it next sizes a heap space
// or picks a compiler, so setting them at startup takes effect; `npm run bench` measures the result
// (server RSS with a 1 MB definition open, after 20 edits: about 150 MB without them).
import { setFlagsFromString } from 'node:v8';

const flags = [
  // The young generation keeps its initial two 1 MB halves. Each edit's parse survives young
  // collections, which V8 answers by doubling the young generation up to 2 × 16 MB, kept for good.
  // (Given on the command line a factor below 2 has no effect: V8 raises it when it configures the heap.)
  '--semi-space-growth-factor=1',
  // After a full collection the old generation may double at most, not grow up to 4× on a small heap.
  // A client without incremental sync sends the whole text on every edit, two large strings that die
  // at once: by half (50), a full collection followed nearly every such edit of the bench's 1.8 MB
  // definition; doubling, about every other one (docs/architecture.md has the figures).
  '--heap-growing-percent=100',
];

export function tuneHeap(): void {
  for (const flag of flags) setFlagsFromString(flag);
}
