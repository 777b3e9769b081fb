// Entry of dist/server.js: `--stdio` for any LSP client, `--node-ipc` when VS Code starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { tuneHeap } from './heapSettings';
import { startServer } from './server';

tuneHeap();
startServer(createConnection(ProposedFeatures.all));
