// Checks the playground as `npm start` starts it, in headless Chromium, as a user sees it: the
// installed extension's notifications appear as toasts (the e2e suite's workbench hides them), and
// the status bar of the open definition says where Create Integration sends it.
import { request } from 'node:http';
import path from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { PLAYGROUND_WORKSPACE_ID, startPlayground, type Playground } from '../../scripts/playground';
import { log, provisionBrowserToolchain } from '../../scripts/vscode-web/provision';
import { assertExtensionBuilt } from './runnerSupport';

const FAILURE_SCREENSHOT = path.join(__dirname, '..', '..', 'out', 'playground-failure.png');
/** Safety net only: each wait ends on what it waits for long before this. */
const WAIT_LIMIT_MS = 60_000;

/** Runs a command from the palette; the palette is opened again until the command is listed (the extension loads after the workbench). */
async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: WAIT_LIMIT_MS });
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 2_000 });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Enter');
}

/**
 * Clicks until what the click shows appears: items of the status bar can still move as others
 * appear (the workbench's own load after the extension's), and a click that lands on the neighbour
 * shows nothing of ours.
 */
async function clickUntilShown(page: Page, target: Locator, shown: Locator): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    await target.click({ timeout: WAIT_LIMIT_MS });
    try {
      await shown.waitFor({ state: 'visible', timeout: 3_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** The status code code-server's gate answers, to a request or to a WebSocket upgrade, with these headers. */
function statusOf(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const asked = request(url, { headers }, (answer) => {
      answer.resume();
      resolve(answer.statusCode ?? 0);
    });
    asked.once('upgrade', (answer, socket) => {
      socket.destroy();
      resolve(answer.statusCode ?? 0);
    });
    asked.once('error', reject);
    asked.end();
  });
}

/** Only the printed URL gets in: without its secret, with a wrong one, or under another host name, the gate refuses. */
async function checkGate(playground: Playground): Promise<void> {
  const base = playground.codeServer.url;
  const secret = playground.codeServer.accessSecret;
  const host = new URL(base).host;
  const refusals: Array<[string, string, Record<string, string>]> = [
    ['the URL without its secret', base, {}],
    ['a wrong secret', `${base}?tkn=not-the-secret`, {}],
    ['a WebSocket upgrade without the cookie', base, { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' }],
    ['a foreign Host header, even with the secret and the cookie', `${base}?tkn=${secret}`, { host: `rebound.example:${new URL(base).port}`, cookie: `integration-studio-access-${new URL(base).port}=${secret}` }],
  ];
  for (const [what, url, headers] of refusals) {
    const status = await statusOf(url, { host, ...headers });
    if (status !== 403) throw new Error(`${what} got ${status}, not 403`);
  }
}

const checks: Array<{ name: string; run: (page: Page) => Promise<void> }> = [
  {
    name: 'a command\'s notification appears as a toast',
    run: async (page) => {
      await runCommand(page, 'Integration Studio: Clear API Token');
      await page
        .locator('.notifications-toasts .notification-toast', { hasText: 'Integration Studio: No API token is saved.' })
        .waitFor({ state: 'visible', timeout: WAIT_LIMIT_MS });
    },
  },
  {
    name: 'the open definition\'s status bar item shows it clean, bound for the mock, and a click offers its actions',
    run: async (page) => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'integration.definition.json' }).click({ timeout: WAIT_LIMIT_MS });
      const item = page.locator('.statusbar-item', { hasText: `mock · ${PLAYGROUND_WORKSPACE_ID}` });
      await item.locator('.codicon-check').waitFor({ state: 'visible', timeout: WAIT_LIMIT_MS });
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await clickUntilShown(page, item, rows.filter({ hasText: 'Start Dev Integration' }));
      const labels = (await rows.allInnerTexts()).map((text) => text.trim());
      await page.keyboard.press('Escape');
      if (labels.join('|') !== 'Create Integration|Preview Deployment|Preview Request|Validate on Server|Start Dev Integration') throw new Error(`the click offered ${labels.join(', ')}`);
    },
  },
];

async function main(): Promise<number> {
  await assertExtensionBuilt();
  const toolchain = await provisionBrowserToolchain();
  let playground: Playground | undefined;
  const browser = await chromium.launch({ executablePath: toolchain.chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  let failing = 0;
  try {
    playground = await startPlayground(toolchain, '127.0.0.1', 0);
    try {
      await checkGate(playground);
      console.log('  ✔ only the printed URL gets in: without its secret, with a wrong one, a WebSocket without the cookie, or a foreign Host header, 403');
    } catch (error) {
      failing += 1;
      console.log(`  ✘ only the printed URL gets in: ${error instanceof Error ? error.message : String(error)}`);
    }
    const page = await browser.newPage();
    await page.goto(playground.url);
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: WAIT_LIMIT_MS });
    for (const check of checks) {
      try {
        await check.run(page);
        console.log(`  ✔ ${check.name}`);
      } catch (error) {
        failing += 1;
        await page.screenshot({ path: FAILURE_SCREENSHOT });
        console.log(`  ✘ ${check.name}: ${error instanceof Error ? error.message : String(error)} (the page then: ${FAILURE_SCREENSHOT})`);
      }
    }
  } finally {
    await browser.close();
    await playground?.stop();
  }
  const total = checks.length + 1;
  console.log(`playground (VS Code ${toolchain.vscodeVersion} in code-server): ${total - failing} passing, ${failing} failing`);
  return failing === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`playground: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
