// The language server's process, dist/languageServer.js, loaded by dist/server.js (main.ts): `--stdio`
// for any LSP client, `--node-ipc` when VS Code starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { tuneHeap } from './heapSettings';
import { startServer } from './server';

tuneHeap();
startServer(createConnection(ProposedFeatures.all));
