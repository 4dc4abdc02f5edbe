import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './axe';
import { startApp, type App } from './harness';
import { appPages, routeExists, settle } from './pages';

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

/** Contrast differs between the light and dark themes, so every page is checked in both. */
describe.each(['light', 'dark'] as const)('axe in the %s theme', (colorScheme) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await app.newContext({ colorScheme });
		page = await context.newPage();
		await page.goto('/');
		await settle(page);
	});
	afterAll(async () => {
		await context?.close();
	});

	for (const path of appPages()) {
		it(`${path} has no serious or critical violations`, async () => {
			await page.goto(path);
			await settle(page);
			expect(describeViolations(await seriousViolations(page))).toEqual([]);
		});
	}

	it.skipIf(!routeExists('/review'))('the review screen with its answer shown has none either', async () => {
		await page.goto('/review');
		await settle(page);
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: /^Good/ }).waitFor({ state: 'visible' });
		expect(describeViolations(await seriousViolations(page))).toEqual([]);
	});
});

describe('the axe check itself', () => {
	it('reports a nameless button as a critical violation, so a clean result means something', async () => {
		const { page, context } = await app.open('/');
		await settle(page);
		await page.evaluate(() => document.querySelector('main')?.append(document.createElement('button')));
		const ids = (await seriousViolations(page)).map((v) => v.id);
		expect(ids).toContain('button-name');
		await context.close();
	});
});
