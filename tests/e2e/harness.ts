/**
 * Browser-test harness: serves the built app (`build/`, made by `vite build` before the e2e run)
 * with `vite preview` on loopback, and drives Debian's Chromium through playwright-core.
 * Browser downloads are impossible here, hence the fixed executable path.
 */
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

export interface App {
	/** e.g. http://127.0.0.1:41234 */
	baseUrl: string;
	browser: Browser;
	/** A fresh, isolated profile (its own IndexedDB and service worker) sized like a phone unless told otherwise. */
	newContext(options?: {
		width?: number;
		height?: number;
		colorScheme?: 'light' | 'dark';
	}): Promise<BrowserContext>;
	/** A new page in a new context, already at `path`, with console errors collected. */
	open(
		path?: string,
		options?: { width?: number; height?: number }
	): Promise<{ page: Page; context: BrowserContext; errors: string[] }>;
	close(): Promise<void>;
}

/** Start the preview server and Chromium. Call once per test file (beforeAll) and close in afterAll. */
export async function startApp(): Promise<App> {
	const port = await freePort();
	const server: PreviewServer = await preview({
		logLevel: 'error',
		preview: { port, strictPort: true, host: '127.0.0.1', open: false }
	});
	const baseUrl = `http://127.0.0.1:${port}`;
	// Playwright gives every context its own fresh, throw-away profile, so tests never share storage.
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		headless: true
	});
	const newContext: App['newContext'] = async (options = {}) =>
		browser.newContext({
			baseURL: baseUrl,
			viewport: { width: options.width ?? 360, height: options.height ?? 640 },
			colorScheme: options.colorScheme ?? 'light',
			hasTouch: true
		});
	return {
		baseUrl,
		browser,
		newContext,
		async open(path = '/', options = {}) {
			const context = await newContext(options);
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(String(e)));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			await page.goto(baseUrl + path);
			return { page, context, errors };
		},
		async close() {
			await browser.close();
			await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
		}
	};
}
