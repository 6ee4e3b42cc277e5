import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(process.env.TIFA_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIXTURES_DIR = resolve('tests/fixtures');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A static server for tests/fixtures on 127.0.0.1, with per-path overrides (headers, generated pages). */
export interface FixtureServer {
  origin: string;
  url(path: string): string;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Handler>();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes.get(path);
    if (route) return route(req, res);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = normalize(join(FIXTURES_DIR, decodeURIComponent(path)));
    if (!file.startsWith(FIXTURES_DIR)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      };
      // Fixture pages named *.csp.html are served under the strictest policy a site can send.
      if (file.endsWith('.csp.html')) headers['content-security-policy'] = "default-src 'none'";
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    route: (path, handler) => routes.set(path, handler),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  server: FixtureServer;
  /** Errors logged by pages, content scripts and the service worker, and uncaught exceptions. */
  errors: string[];
  /** Every request the browser made that did not go to the fixture server or the extension itself. */
  foreignRequests: string[];
  newPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(): Promise<ExtensionSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'tifa-e2e-'));
  const server = await startFixtureServer();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const watchPage = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  };
  context.on('page', watchPage);
  context.on('request', (req) => {
    const url = req.url();
    if (
      !url.startsWith(server.origin) &&
      !url.startsWith('chrome-extension://') &&
      !url.startsWith('data:')
    ) {
      foreignRequests.push(url);
    }
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  serviceWorker.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`service worker: ${msg.text()}`);
  });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    server,
    errors,
    foreignRequests,
    async newPage(path) {
      const page = await context.newPage();
      await page.goto(server.url(path));
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
