// The playground: code-server with the built extension installed, on the repo's examples/ folder,
// with Create Integration pointed at a local mock of the API made from its spec, and Start Dev
// Integration at a tunnel server on this machine. `npm start` runs it; the playground e2e check
// starts the same.
import path from 'node:path';
import { type LocalTunnel, startLocalTunnel } from './localTunnel';
import { apiSettings, startSpecMock, type SpecMock } from './spec-mock';
import { startCodeServer, workbenchUrl, type CodeServer } from './vscode-web/codeServer';
import { log, type CodeServerToolchain } from './vscode-web/provision';

const REPO_ROOT = path.resolve(__dirname, '..');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
export const PLAYGROUND_WORKSPACE_ID = 'wkspace_playground';

export interface Playground {
  codeServer: CodeServer;
  specMock: SpecMock;
  /** Where dev integrations connect, in place of Botpress's tunnel. */
  tunnel: LocalTunnel;
  /** The workbench URL that opens examples/. */
  url: string;
  stop(): Promise<unknown>;
}

export async function startPlayground(toolchain: CodeServerToolchain, host: string, port: number): Promise<Playground> {
  // The extension host runs on this machine, so the mock stays on loopback whatever `host` is.
  const specMock = await startSpecMock({ host: '127.0.0.1', log: (line) => log(`API mock: ${line}`) });
  let tunnel: LocalTunnel;
  let codeServer: CodeServer;
  try {
    tunnel = await startLocalTunnel({ host: '127.0.0.1', log: (line) => log(`tunnel: ${line}`) });
  } catch (error) {
    await specMock.stop();
    throw error;
  }
  try {
    // Installed, not loaded as under development: that needs the smoke-test driver, which hides every notification toast.
    codeServer = await startCodeServer(toolchain, {
      host,
      port,
      // examples/ sits in this repository: no offer to open the parent's git repository.
      userSettings: {
        ...apiSettings(specMock.url, PLAYGROUND_WORKSPACE_ID),
        'integrationStudio.devTunnelUrl': tunnel.url,
        'git.openRepositoryInParentFolders': 'never',
      },
      installedExtensions: [REPO_ROOT],
    });
  } catch (error) {
    await Promise.allSettled([specMock.stop(), tunnel.stop()]);
    throw error;
  }
  return {
    codeServer,
    specMock,
    tunnel,
    url: workbenchUrl(codeServer, EXAMPLES_DIR),
    stop: () => Promise.allSettled([codeServer.stop(), specMock.stop(), tunnel.stop()]),
  };
}
