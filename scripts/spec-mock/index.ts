// A local stand-in of the Botpress API made from its spec: prism serves the OpenAPI document of
// @botpress/api on a private port, behind a proxy that records each request for the tests and
// answers the integration routes from the integrations it was sent.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IntegrationStore } from './integrationStore';
import { exportOpenapiDocument } from './openapiDocument';
import { startPrism } from './prism';
import { responseCheck } from './responseCheck';
import { startRecordingProxy } from './recordingProxy';
import { freeLoopbackPort } from '../freeLoopbackPort';

export { RECORDED_REQUESTS_PATH } from './recordedRequest';
export type { RecordedAuthorization, RecordedRequest } from './recordedRequest';
export { apiSettings } from './vscodeSettings';

export interface SpecMockOptions {
  /** Interface of the public port; 127.0.0.1 unless given. */
  host?: string;
  /** Public port; 0 or absent picks a free one. */
  port?: number;
  /** Called once per request, e.g. `POST /v1/admin/integrations → 200`; nothing else is printed. */
  log?: (line: string) => void;
}

export interface SpecMock {
  /** Base URL of the API, such as `http://127.0.0.1:40123`. */
  url: string;
  stop(): Promise<void>;
}


/** Runs every stop, even when one fails; rethrows the first failure. */
async function stopAll(stops: Array<() => Promise<unknown>>): Promise<void> {
  const failure = (await Promise.allSettled(stops.map((stop) => stop()))).find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
}

export async function startSpecMock(options: SpecMockOptions = {}): Promise<SpecMock> {
  const stops: Array<() => Promise<unknown>> = [];
  try {
    const folder = await mkdtemp(path.join(tmpdir(), 'integration-studio-openapi-'));
    stops.push(() => rm(folder, { recursive: true, force: true }));
    const prismPort = await freeLoopbackPort();
    const openapiFile = await exportOpenapiDocument(folder);
    const prism = await startPrism(openapiFile, prismPort);
    stops.push(() => prism.stop());
    const proxy = await startRecordingProxy({
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      targetPort: prismPort,
      log: options.log,
      integrations: new IntegrationStore(),
      checkResponse: responseCheck(JSON.parse(await readFile(openapiFile, 'utf8')) as object),
    });
    stops.push(() => proxy.close());
    return { url: proxy.url, stop: () => stopAll(stops.splice(0)) };
  } catch (error) {
    await stopAll(stops).catch(() => undefined);
    throw error;
  }
}
