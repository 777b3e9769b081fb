// The tunnel, end to end on this machine: the local tunnel server (@bpinternal/tunnel's own
// TunnelServer behind an HTTP front) and the dev integration's client; a request to the public URL
// reaches the local server and its answer comes back, and each one is reported.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type ForwardedRequest, TunnelConnection, tunnelEndpoints } from '../../core/src';
import { type LocalTunnel, startLocalTunnel } from '../../scripts/localTunnel';

let tunnel: LocalTunnel;
let local: Server;
let localPort: number;
const connections: TunnelConnection[] = [];

before(async () => {
  tunnel = await startLocalTunnel();
  local = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => response.writeHead(207, { 'x-local': 'yes' }).end(JSON.stringify({ method: request.method, url: request.url, operation: request.headers['x-bp-operation'], body })));
  });
  await once(local.listen(0, '127.0.0.1'), 'listening');
  localPort = (local.address() as AddressInfo).port;
});
after(async () => {
  await Promise.all(connections.map((connection) => connection.close()));
  local?.close();
  await tunnel?.stop();
});

async function open(tunnelId: string, port: number, forwarded: ForwardedRequest[]) {
  const endpoints = tunnelEndpoints(tunnel.url, tunnelId);
  if (!endpoints.ok) assert.fail(endpoints.reason);
  const connection = await TunnelConnection.open({
    ...endpoints.value,
    tunnelId,
    localPort: port,
    onForwarded: (request) => forwarded.push(request),
    onNotice: () => undefined,
    onFailed: () => undefined,
  });
  connections.push(connection);
  return { connection, publicUrl: endpoints.value.publicUrl };
}

describe('the tunnel', () => {
  it('brings a request at the public URL to the local server and its answer back, and reports it', async () => {
    const forwarded: ForwardedRequest[] = [];
    const { publicUrl } = await open('tunnel-test-1', localPort, forwarded);
    const response = await fetch(`${publicUrl}/webhook?x=1`, { method: 'POST', headers: { 'x-bp-operation': 'webhook_received' }, body: '{"hello":"world"}' });
    assert.equal(response.status, 207);
    assert.equal(response.headers.get('x-local'), 'yes');
    assert.deepEqual(await response.json(), { method: 'POST', url: '/webhook?x=1', operation: 'webhook_received', body: '{"hello":"world"}' });
    assert.equal(forwarded.length, 1);
    assert.deepEqual({ ...forwarded[0], durationMs: 0 }, { method: 'POST', path: '/webhook', status: 207, durationMs: 0 });
  });

  it('answers 502 when the local server does not answer, and says why', async () => {
    const forwarded: ForwardedRequest[] = [];
    const closed = createServer();
    await once(closed.listen(0, '127.0.0.1'), 'listening');
    const deadPort = (closed.address() as AddressInfo).port;
    closed.close();
    const { publicUrl } = await open('tunnel-test-2', deadPort, forwarded);
    const response = await fetch(publicUrl);
    assert.equal(response.status, 502);
    assert.match(await response.text(), /local server did not answer: ECONNREFUSED/);
    assert.equal(forwarded[0].failure, 'ECONNREFUSED');
  });

  it('says which tunnel it cannot reach', async () => {
    await assert.rejects(
      TunnelConnection.open({ socketBase: 'ws://127.0.0.1:1', tunnelId: 'x', localPort, onForwarded: () => undefined, onNotice: () => undefined, onFailed: () => undefined }),
      /Cannot connect to the tunnel at ws:\/\/127\.0\.0\.1:1 \(ECONNREFUSED\)/,
    );
  });

  it('answers 404 for a tunnel id nobody is connected at, also right after its connection closed', async () => {
    assert.equal((await fetch(`${tunnel.url}/nobody-here/x`)).status, 404);
    const { connection, publicUrl } = await open('tunnel-test-3', localPort, []);
    await connection.close();
    assert.equal((await fetch(publicUrl)).status, 404);
  });
});
