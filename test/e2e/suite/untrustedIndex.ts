// Entry of the e2e tests that need a workspace nobody trusted (VS Code's restricted mode).
import { runTestFiles } from './runMocha';

export function run(): Promise<void> {
  return runTestFiles(() => import('./untrustedWorkspace.test.js'));
}
