/** The files Integration Studio treats as integration definitions by default. */
export const definitionFileGlob = '**/integration.definition.{ts,json,yaml,yml}';
