import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveBuild, type BuildServer } from './build-server';
import { startApp, type App } from './harness';
import { routeExists, serviceWorkerReady, settle } from './pages';

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

function controllerUrl(page: Page): Promise<string | null> {
	return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	const signature = bytes.subarray(0, 8).toString('hex');
	if (signature !== '89504e470d0a1a0a') throw new Error('not a PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface ManifestIcon {
	src: string;
	sizes: string;
	type?: string;
	purpose?: string;
}

describe('service worker', () => {
	it('controls the page after the first load and a reload', async () => {
		const { page, context, errors } = await app.open('/');
		await settle(page);
		await serviceWorkerReady(page);
		await page.reload();
		await settle(page);
		expect(await controllerUrl(page)).toBe(`${app.baseUrl}/sw.js`);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('web manifest', () => {
	it('is linked, has the fields an install needs, and its icons load at their stated sizes', async () => {
		const { page, context } = await app.open('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(href).toBeTruthy();
		const manifestUrl = new URL(href!, app.baseUrl).href;
		const response = await context.request.get(manifestUrl);
		expect(response.ok()).toBe(true);
		const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };

		expect(manifest.name).toBe('Annals');
		expect(typeof manifest.short_name).toBe('string');
		expect(String(manifest.short_name).length).toBeLessThanOrEqual(12);
		expect(typeof manifest.description).toBe('string');
		expect(manifest.display).toBe('standalone');
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
		expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
		const scope = new URL(String(manifest.scope), manifestUrl).href;
		const startUrl = new URL(String(manifest.start_url), manifestUrl).href;
		expect(startUrl.startsWith(scope)).toBe(true);
		expect((await context.request.get(startUrl)).ok()).toBe(true);

		const find = (sizes: string, purpose: string) =>
			manifest.icons.find((i) => i.sizes === sizes && (i.purpose ?? 'any').split(' ').includes(purpose));
		expect(find('192x192', 'any')).toBeDefined();
		expect(find('512x512', 'any')).toBeDefined();
		expect(find('512x512', 'maskable')).toBeDefined();
		for (const icon of manifest.icons) {
			const image = await context.request.get(new URL(icon.src, manifestUrl).href);
			expect(image.ok(), icon.src).toBe(true);
			expect(image.headers()['content-type']).toBe('image/png');
			const [width, height] = icon.sizes.split('x').map(Number);
			expect(pngSize(await image.body()), icon.src).toEqual({ width, height });
		}

		const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
		const touch = await context.request.get(new URL(touchIcon!, app.baseUrl).href);
		expect(pngSize(await touch.body())).toEqual({ width: 180, height: 180 });
		await context.close();
	});
});

describe('update prompt', () => {
	let server: BuildServer;
	beforeAll(async () => {
		server = await serveBuild();
	});
	afterAll(async () => {
		await server?.close();
	});

	async function controlledPage(): Promise<{ page: Page; close(): Promise<void> }> {
		const context = await app.browser.newContext({
			baseURL: server.url,
			viewport: { width: 360, height: 640 }
		});
		const page = await context.newPage();
		await page.goto('/');
		await settle(page);
		await serviceWorkerReady(page);
		await page.reload();
		await settle(page);
		expect(await controllerUrl(page)).not.toBeNull();
		return { page, close: () => context.close() };
	}

	function checkForUpdate(page: Page): Promise<void> {
		return page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});
	}

	function newVersionWaiting(page: Page): Promise<boolean> {
		return page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
	}

	it('lets a new version wait behind a banner and switches to it only when Reload is pressed', async () => {
		server.shipServiceWorkerVersion('');
		const { page, close } = await controlledPage();
		const reload = page.getByRole('button', { name: 'Reload' });
		expect(await reload.count()).toBe(0);

		server.shipServiceWorkerVersion(`version ${Date.now()}`);
		await checkForUpdate(page);
		await reload.waitFor({ state: 'visible', timeout: 30_000 });
		await expect.poll(() => page.getByText('Update available').count()).toBe(1);
		// Prompt mode: the new worker waits; the page is not reloaded behind the user's back.
		expect(await newVersionWaiting(page)).toBe(true);
		await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));

		await reload.click();
		await page.waitForFunction(() => !('beforeUpdate' in window), undefined, { timeout: 30_000 });
		await settle(page);
		expect(await newVersionWaiting(page)).toBe(false);
		expect(await controllerUrl(page)).toBe(`${server.url}/sw.js`);
		expect(await page.getByRole('button', { name: 'Reload' }).count()).toBe(0);
		await close();
	});

	it.skipIf(!routeExists('/review'))('does not show the banner during a review, only after it', async () => {
		server.shipServiceWorkerVersion('');
		const { page, close } = await controlledPage();
		await page.goto('/review');
		await settle(page);
		await page.getByRole('button', { name: 'Show answer' }).waitFor({ state: 'visible' });

		server.shipServiceWorkerVersion(`version ${Date.now()}`);
		await checkForUpdate(page);
		await expect.poll(() => newVersionWaiting(page), { timeout: 30_000 }).toBe(true);
		// Give the banner every chance to (wrongly) appear.
		await page.waitForTimeout(1000);
		expect(await page.getByRole('button', { name: 'Reload' }).count()).toBe(0);

		await page.goto('/');
		await settle(page);
		await page.getByRole('button', { name: 'Reload' }).waitFor({ state: 'visible', timeout: 30_000 });
		await close();
	});
});
