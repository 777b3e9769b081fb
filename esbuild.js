// Bundles the extension (client), the language server and the CLI (and its worker), with the schema validators compiled
// beforehand. `--production` minifies and drops source maps; `--watch` rebuilds on change (the
// validators are compiled once per run: after `npm run schemas`, run it again).
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const generatedFolder = path.resolve('out/generated');
const validatorsFolder = path.join(generatedFolder, 'validators');
const runtimeValidator = path.resolve('core/src/validators/validator.ts');

/** Compiles the validators into standalone modules with scripts/generateValidators.ts, itself bundled to run here. */
function generateValidators() {
  const generator = path.join(generatedFolder, 'generateValidators.js');
  esbuild.buildSync({ entryPoints: ['scripts/generateValidators.ts'], outfile: generator, bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'warning' });
  require(generator).generateValidators(validatorsFolder, path.resolve('core/src/validators/formats'));
}

/** Bundles the validators compiled by generateValidators in place of validator.ts, which compiles them at run time. */
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(build) {
    build.onResolve({ filter: /\/validator$/ }, (args) =>
      path.resolve(args.resolveDir, `${args.path}.ts`) === runtimeValidator ? { path: path.join(validatorsFolder, 'index.js') } : undefined,
    );
  },
};

/**
 * Escapes what non-ASCII esbuild leaves in a bundle: only comments (strings and names are escaped
 * already). V8 keeps a script's source in memory for its lifetime, one byte per character only if
 * every character is Latin-1: a single '…' in a comment would double dist/server.js's 2 MB there.
 */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd(() => {
      const outfile = build.initialOptions.outfile;
      if (!outfile || !fs.existsSync(outfile)) return;
      const text = fs.readFileSync(outfile, 'utf8');
      const ascii = text.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
      if (ascii !== text) fs.writeFileSync(outfile, ascii);
    });
  },
};

/**
 * Packages that only YAML and SDK (TypeScript) definitions need, each bundled into a file of its own
 * beside the bundles, which load it with their first require() (core/src/parse/yamlLibrary.ts,
 * core/src/sdk/locator/tsModules.ts): a server that only sees JSON definitions neither compiles nor
 * runs them, which shortens its start by about a fifth.
 */
const separatePackages = { yaml: 'yaml.js', '@babel/parser': 'babelParser.js' };
const separatePackageFiles = {
  name: 'separate-package-files',
  setup(build) {
    build.onResolve({ filter: /^(yaml|@babel\/parser)$/ }, (args) => ({ path: `./${separatePackages[args.path]}`, external: true }));
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // ESM dependencies that read import.meta.url still work once bundled as CommonJS.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [precompiledValidators, asciiOutput, separatePackageFiles],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/languageServer.ts'], outfile: 'dist/languageServer.js' },
  { entryPoints: ['cli/src/main.ts'], outfile: 'dist/cli.js' },
  // The CLI's worker threads (validate and lint on many files) load it from beside dist/cli.js.
  { entryPoints: ['cli/src/checkWorker.ts'], outfile: 'dist/cliWorker.js' },
  { entryPoints: ['core/src/sdk/evaluatorProcess.ts'], outfile: 'dist/sdkEvaluator.js', external: ['esbuild'], mainFields: ['main', 'module'] },
  // The evaluator's watchdog thread loads it from beside dist/sdkEvaluator.js.
  { entryPoints: ['core/src/sdk/watchdog.ts'], outfile: 'dist/sdkEvaluatorWatchdog.js' },
  // A dev integration's code, served locally (core/src/dev/localServer.ts starts it beside the bundle that runs it).
  { entryPoints: ['core/src/dev/serveEntry.ts'], outfile: 'dist/devServer.js' },
  ...Object.entries(separatePackages).map(([name, file]) => ({ entryPoints: [require.resolve(name)], outfile: `dist/${file}` })),
];

async function main() {
  generateValidators();
  const contexts = await Promise.all(builds.map((options) => esbuild.context({ ...shared, ...options })));
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  // The CLI is an executable: the shebang must come before the banner.
  const cli = fs.readFileSync('dist/cli.js', 'utf8');
  if (!cli.startsWith('#!')) fs.writeFileSync('dist/cli.js', '#!/usr/bin/env node\n' + cli, { mode: 0o755 });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
