// Fixed inputs of the bench, so that two runs measure the same work.

/** Seed of the generated definitions. */
export const definitionSeed = 1;
/** Completion and hover are asked at this many positions of each file. */
export const cursorPositionCount = 100;
export const cursorSeed = 7;
