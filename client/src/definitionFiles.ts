/** The files Integration Studio treats as integration definitions. */
export const definitionFileGlob = '**/integration.definition.{json,yaml,yml}';
