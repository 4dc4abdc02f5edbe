import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

describe('Where is this from?', () => {
	it('leads from a card under review to its passage marked in the whole document', async () => {
		const { page, context } = await app.open('/');
		await page.locator('a[href^="/review?deck="]').first().waitFor({ timeout: 30_000 });
		await page.goto(app.baseUrl + '/review');
		await page.getByRole('button', { name: 'Where is this from?' }).click();
		const dialog = page.getByRole('dialog');
		const quote = (await dialog.locator('blockquote').first().innerText()).trim();
		const link = dialog.getByRole('link', { name: 'Show in the document' });
		const href = await link.getAttribute('href');
		expect(href).toMatch(/^\/library\/[^/#]+#\d+$/);
		await link.click();
		await page.waitForURL((url) => url.pathname.startsWith('/library/'));
		const start = href!.split('#')[1];
		const mark = page.locator(`mark[id="at-${start}"]`);
		await mark.waitFor({ state: 'visible', timeout: 30_000 });
		// The marked run is the card's passage (or the start of it, where passages of other cards overlap).
		const marked = (await mark.innerText()).replace(/\s+/g, ' ').trim();
		expect(marked.length).toBeGreaterThan(0);
		expect(quote.replace(/\s+/g, ' ')).toContain(marked.slice(0, Math.min(20, marked.length)));
		await context.close();
	});
});
