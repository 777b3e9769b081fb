// When values are remembered for a definition's secrets: keep them, or enter some again.

export interface RememberedValue {
  name: string;
  /** An optional secret left empty last time. */
  empty: boolean;
}

export interface SecretReuseChoice {
  label: string;
  description?: string;
  /** The secrets asked for again; the others keep their remembered values. */
  replace: string[];
}

const shown = ({ name, empty }: RememberedValue) => (empty ? `${name} (empty)` : name);

/** Keeping them all comes first, so that Enter sends what was sent last time. */
export function secretReuseChoices(remembered: readonly RememberedValue[]): SecretReuseChoice[] {
  const names = remembered.map(({ name }) => name);
  if (remembered.length === 1) {
    return [
      { label: 'Use the remembered value', description: shown(remembered[0]), replace: [] },
      { label: 'Enter a new value', description: names[0], replace: names },
    ];
  }
  return [
    { label: 'Use the remembered values', description: remembered.map(shown).join(', '), replace: [] },
    { label: 'Enter new values', description: names.join(', '), replace: names },
    ...names.map((name) => ({ label: `Enter a new value for ${name}`, replace: [name] })),
  ];
}
