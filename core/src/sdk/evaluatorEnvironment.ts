// The environment the evaluator process (and so the user's definition) runs with: the parent's,
// without credentials. A name is dropped when it starts with `BP_` (the Botpress CLI's token,
// workspace and URL: a definition needs none of them), or when it contains, in any case, TOKEN,
// SECRET (so every `SECRET_*`), PASSWORD, PASSWD, PASSPHRASE, CREDENTIAL or AUTH, or has KEY as a
// word (`API_KEY`, `AWS_SECRET_ACCESS_KEY`, `STRIPE_KEY`). What Node and module resolution read
// (PATH, HOME, NODE_PATH, NODE_OPTIONS, proxies, locale) carries none of these and is kept.

const credentialPart = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|AUTH/i;
const keyWord = /(?:^|[^A-Z0-9])KEY(?:$|[^A-Z0-9])/i;

export function carriesCredentials(name: string): boolean {
  return /^BP_/i.test(name) || credentialPart.test(name) || keyWord.test(name);
}

export function evaluatorEnvironment(parent: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) if (!carriesCredentials(name)) environment[name] = value;
  // From VS Code's extension host, process.execPath is Electron: run it as Node.
  environment.ELECTRON_RUN_AS_NODE = '1';
  return environment;
}
