// How bp lint's findings are shown, from the `integrationStudio.lint` setting.

/** `integrationStudio.lint`: `public` applies bp's severities to public integrations only, `always` to all. */
export type LintMode = 'public' | 'always' | 'off';

/** A setting's value as a mode: anything else is the default, `public`. */
export function lintModeOf(value: unknown): LintMode {
  return value === 'always' || value === 'off' ? value : 'public';
}
