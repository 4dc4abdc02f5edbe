import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { appPages, routeExists, settle } from './pages';

let app: App;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
	app = await startApp();
	// One phone for every page: the first-run import happens once.
	({ page, context } = await app.open('/', { width: 360, height: 640 }));
	await settle(page);
});
afterAll(async () => {
	await context?.close();
	await app?.close();
});

/** Visible buttons smaller than a thumb (44 × 44 CSS px), described for the failure message. */
function smallButtons(p: Page): Promise<string[]> {
	return p.evaluate(() =>
		Array.from(document.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]'))
			.filter((el) => el.offsetParent !== null)
			.map((el) => ({ el, box: el.getBoundingClientRect() }))
			.filter(({ box }) => box.width < 44 || box.height < 44)
			.map(
				({ el, box }) =>
					`"${(el.textContent ?? '').trim() || el.getAttribute('aria-label')}" ${Math.round(box.width)}×${Math.round(box.height)}`
			)
	);
}

/** The outermost elements that stick out past the right edge, e.g. 'table.log 520px'. */
function overflowing(p: Page): Promise<string[]> {
	return p.evaluate(() => {
		const edge = window.innerWidth;
		const wide = Array.from(document.body.querySelectorAll<HTMLElement>('*')).filter(
			(el) => el.getBoundingClientRect().right > edge + 0.5
		);
		return wide
			.filter((el) => !wide.includes(el.parentElement as HTMLElement))
			.slice(0, 5)
			.map(
				(el) =>
					`${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}px`
			);
	});
}

describe('phone layout at 360×640', () => {
	for (const path of appPages()) {
		it(`${path} has no horizontal scrolling and thumb-sized buttons`, async () => {
			await page.goto(path);
			await settle(page);
			const widths = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				inner: window.innerWidth
			}));
			const sticking = widths.scroll > widths.inner ? (await overflowing(page)).join(', ') : '';
			expect(widths.scroll, `${path} is ${widths.scroll}px wide: ${sticking}`).toBeLessThanOrEqual(
				widths.inner
			);
			expect(await smallButtons(page), path).toEqual([]);
		});
	}

	it.skipIf(!routeExists('/review'))('puts the answer buttons within thumb reach at the bottom', async () => {
		await page.goto('/review');
		await settle(page);
		await page.getByRole('button', { name: 'Show answer' }).click();
		for (const name of ['Again', 'Hard', 'Good', 'Easy']) {
			const box = await page.getByRole('button', { name: new RegExp(`^${name}`) }).boundingBox();
			expect(box, name).not.toBeNull();
			// Fully on screen, in the lower third of the viewport.
			expect(box!.y + box!.height, name).toBeLessThanOrEqual(640);
			expect(box!.y, name).toBeGreaterThanOrEqual(640 * (2 / 3));
			expect(box!.x + box!.width, name).toBeLessThanOrEqual(360);
		}
		// After answering, the wide state must also fit.
		const widths = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(widths).toBeLessThanOrEqual(0);
	});
});
