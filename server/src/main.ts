// Entry of dist/server.js, what editors start (`--stdio`, or `--node-ipc` from VS Code). It turns on
// Node's compile cache (Node 22.1 and later; nothing before) and only then loads the server itself,
// dist/languageServer.js, so that every start after the first skips compiling its 1.3 MB. The cache
// is Node's own folder (NODE_COMPILE_CACHE, else node-compile-cache in the system's temporary
// folder), never the project's; Node uses an entry only for the same file content and Node version.
import * as nodeModule from 'node:module';
import { join } from 'node:path';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
require(join(__dirname, 'languageServer.js'));
