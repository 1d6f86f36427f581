import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { buildSync } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHECKED_MANIFEST } from '../../core/model/checked-manifest';
import { channelOf, PLATFORM_METHOD_NAMES } from '../../core/platform-methods';
import { createHandlers, type Dialogs } from '../../electron/main/handlers';
import { createDispatcher } from '../../electron/main/ipc';
import { RENDERER_ROOT, createWebServer, listen } from '../../scripts/web-server';
import { CHROMIUM_ARGS } from './chromium';

const bridgeScript = buildSync({
  entryPoints: [join(__dirname, 'bridge.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
}).outputFiles[0]!.text;

/** Dialog answers queued by a test, consumed in order; an empty queue means "cancelled". */
export class ScriptedDialogs implements Dialogs {
  openQueue: string[][] = [];
  saveQueue: string[] = [];
  async showOpenDialog() {
    const paths = this.openQueue.shift();
    return { canceled: !paths, filePaths: paths ?? [] };
  }
  async showSaveDialog() {
    const path = this.saveQueue.shift();
    return { canceled: !path, filePath: path };
  }
}

export interface App {
  browser: Browser;
  baseUrl: string;
  workDir: string;
  /** Opens a page in a fresh context; desktop pages get the real main-process handlers. */
  openPage(options?: {
    edition?: 'desktop' | 'browser';
    dialogs?: ScriptedDialogs;
    userDataDir?: string;
    viewport?: { width: number; height: number };
  }): Promise<{ page: Page; context: BrowserContext; dialogs: ScriptedDialogs }>;
  /** Problems seen on any page: console errors, CSP violations, page errors, requests leaving the app. */
  problems: string[];
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  const server: Server = createWebServer();
  const baseUrl = await listen(server, 0);
  const workDir = mkdtempSync(join(tmpdir(), 'capamap-e2e-'));
  // launch() gives every run a fresh, throw-away user-data-dir of its own.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const problems: string[] = [];
  const origin = new URL(baseUrl).origin;

  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) problems.push(`request left the app: ${url}`);
    });
  };

  return {
    browser,
    baseUrl,
    workDir,
    problems,
    async openPage({ edition = 'desktop', dialogs = new ScriptedDialogs(), userDataDir = join(workDir, 'user-data'), viewport = { width: 1366, height: 768 } } = {}) {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      if (edition === 'desktop') {
        const dispatch = createDispatcher(createHandlers({ dialogs, bundledDir: join(__dirname, '../../questionnaires'), checkedManifest: join(RENDERER_ROOT, CHECKED_MANIFEST), userDataDir, documentsDir: workDir }));
        const channels = new Map(PLATFORM_METHOD_NAMES.map((m) => [channelOf(m), m]));
        await context.exposeBinding('__capamapInvoke', (_source, channel: string, ...args: unknown[]) => {
          const method = channels.get(channel);
          if (!method) throw new Error(`Unknown channel ${channel}`);
          return dispatch(method, args);
        });
        await context.addInitScript({ content: bridgeScript });
      }
      const page = await context.newPage();
      watch(page);
      await page.goto(baseUrl);
      return { page, context, dialogs };
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
