import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { appPages, routeExists, serviceWorkerReady, settle } from './pages';

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

/** A phone that opened the app once online (decks imported, worker installed), now without network. */
async function offlinePhone(): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
	const opened = await app.open('/');
	await settle(opened.page);
	await serviceWorkerReady(opened.page);
	await opened.context.setOffline(true);
	return opened;
}

function reviewLogCount(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('annals');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const count = db.transaction('reviewLog').objectStore('reviewLog').count();
					count.onsuccess = () => {
						db.close();
						resolve(count.result);
					};
					count.onerror = () => reject(count.error);
				};
			})
	);
}

describe('offline', () => {
	it('reloads the app with the network cut', async () => {
		const { page, context } = await offlinePhone();
		// The network really is gone: a URL the worker has not cached cannot be fetched.
		const reachable = await page.evaluate(() =>
			fetch(`/favicon.svg?probe=${Date.now()}`, { cache: 'no-store' })
				.then(() => true)
				.catch(() => false)
		);
		expect(reachable).toBe(false);
		await page.reload();
		await settle(page);
		await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
		expect(await page.title()).toBe('Annals');
		await context.close();
	});

	it('opens every page directly by its address with the network cut', async () => {
		const { page, context, errors } = await offlinePhone();
		for (const path of appPages()) {
			await page.goto(path);
			await settle(page);
			expect(await page.locator('h1').first().isVisible(), path).toBe(true);
		}
		expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
		await context.close();
	});

	it.skipIf(!routeExists('/review'))('saves a review offline and keeps it after another reload', async () => {
		const { page, context } = await offlinePhone();
		await page.goto('/review');
		await settle(page);
		const before = await reviewLogCount(page);
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: /^Good/ }).click();
		await expect.poll(() => reviewLogCount(page)).toBe(before + 1);

		await page.reload();
		await settle(page);
		expect(await reviewLogCount(page)).toBe(before + 1);
		await context.close();
	});
});
