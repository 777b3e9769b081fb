// Fixed inputs of the bench, so that two runs measure the same work.

/** Seed of the generated definitions. */
export const definitionSeed = 1;
/** Completion and hover are asked at this many positions of each file. */
export const cursorPositionCount = 100;
export const cursorSeed = 7;
/** The delay after an edit before diagnostics, the same as our server's (server/src/server.ts), for a fair race. */
export const editDebounceMs = 150;
