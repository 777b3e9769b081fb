// The createIntegration request body, as far as publishing reads it; the schema in schemas/ has the rest.

export interface CreateIntegrationBody {
  name: string;
  version: string;
  icon?: string;
  readme?: string;
  code?: string;
  /** A null value deletes a secret set on the server. */
  secrets?: Record<string, string | null>;
  sdkVersion?: string;
  [field: string]: unknown;
}
