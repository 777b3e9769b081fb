// The files every new integration gets, whatever the form of its definition: the code, the hub
// page, the icon, package.json with the SDK, tsconfig.json, .gitignore. Shaped like `bp init`'s
// hello-world template, with the handler's types written by hand so that the project type-checks
// before `npx bp gen` has written them.
import manifest from '../../../package.json';

/** The versions this project is tested with: the SDK the evaluator runs, the TypeScript that checks the example. */
const versions = {
  sdk: manifest.devDependencies['@botpress/sdk'],
  typesNode: manifest.devDependencies['@types/node'],
  typescript: manifest.devDependencies.typescript,
};

export function packageJson(packageName: string, integrationName: string): string {
  const pkg = {
    name: packageName,
    integrationName,
    private: true,
    scripts: { 'check:type': 'tsc --noEmit' },
    dependencies: { '@botpress/sdk': versions.sdk },
    devDependencies: { '@types/node': versions.typesNode, typescript: versions.typescript },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export const tsconfigJson = `${JSON.stringify(
  {
    compilerOptions: {
      lib: ['es2022'],
      module: 'preserve',
      moduleResolution: 'bundler',
      target: 'es2017',
      strict: true,
      esModuleInterop: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      paths: { '*': ['./*'] },
      types: ['node'],
    },
    include: ['.botpress/**/*', 'src/**/*', '*.ts', '*.json'],
  },
  null,
  2,
)}\n`;

export const gitignore = '.botpress/\nbp_modules/\nnode_modules/\n';

export const indexTs = `import * as sdk from '@botpress/sdk'

// Typed here by hand so that the project type-checks at once; \`npx bp gen\` writes these types into
// .botpress/ from the definition (then: import * as bp from '.botpress' and new bp.Integration).
interface HelloWorldAction {
  input: { name?: string }
}

export default new sdk.Integration({
  register: async () => {
    // Called when a bot saves its configuration of this integration: check it here.
  },
  unregister: async () => {},
  actions: {
    helloWorld: async ({ input }: HelloWorldAction) => {
      return { message: \`Hello, \${input.name || 'world'}!\` }
    },
  },
  channels: {},
  handler: async () => {},
})
`;

export function hubMd(title: string): string {
  return `# ${title}

Describe what this integration does and for whom.

## Configuration

This integration needs no configuration yet.

## Usage

Call the action **Hello World** with a name; it answers with a greeting.

## Limitations

List the known limits (rate limits, payload sizes) and unsupported cases.

## Changelog

- 0.1.0: the **Hello World** action.
`;
}

export const iconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <rect x="4" y="4" width="56" height="56" rx="12" fill="#3b6cf6"/>
  <path d="M20 34 L28 42 L44 24" fill="none" stroke="#ffffff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;
