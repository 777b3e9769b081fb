// The createIntegration request body, as far as publishing reads it; the schema in schemas/ has the rest.

export interface CreateIntegrationBody {
  name: string;
  version: string;
  icon?: string;
  readme?: string;
  code?: string;
  secrets?: Record<string, string>;
  sdkVersion?: string;
  [field: string]: unknown;
}
