// Entry of the e2e suite (the `@vscode/test-electron` convention: `run()` settles when the
// tests are done), in a trusted workspace.
import { runTestFiles } from './runMocha';

export function run(): Promise<void> {
  return runTestFiles(async () => {
    await import('./problemsPanel.test.js');
    await import('./diagnostics.test.js');
    await import('./languageFeatures.test.js');
    await import('./definitionActions.test.js');
    await import('./createIntegration.test.js');
    await import('./tokenHosts.test.js');
    await import('./sdkDefinition.test.js');
    await import('./newIntegration.test.js');
    await import('./devIntegration.test.js');
  });
}
