// `npm run mock`: the local stand-in of the Botpress API alone, for trying the CLI without VS Code,
// until Ctrl+C. Prints its URL and the environment the CLI reads.
import { startSpecMock } from './spec-mock';
import { log } from './vscode-web/provision';

const PLAYGROUND_WORKSPACE_ID = 'wkspace_playground';

/** `PORT` if set, else any free port. */
function port(): number {
  const configured = process.env.PORT;
  if (configured === undefined || configured === '') return 0;
  const value = Number(configured);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) throw new Error(`PORT must be a port number, not "${configured}"`);
  return value;
}

async function main(): Promise<void> {
  const mock = await startSpecMock({ host: '127.0.0.1', port: port(), log: (line) => log(`API mock: ${line}`) });
  console.log(
    [
      `A local mock of the Botpress API, made from its spec, listens on ${mock.url}`,
      'It checks each request against the spec, and remembers the integrations it is sent until it stops.',
      'Any token works. To try the CLI against it, paste:',
      '',
      `export BP_API_URL=${mock.url} BP_WORKSPACE_ID=${PLAYGROUND_WORKSPACE_ID} BP_TOKEN=playground`,
      'node dist/cli.js create examples/integration.definition.json --secret API_TOKEN=x --secret SIGNING_SECRET=y',
      '',
      'Ctrl+C stops.',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log(`mock: ${signal}; stopping`);
    void mock.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log(`mock: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
