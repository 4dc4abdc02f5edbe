import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

describe('app shell', () => {
	it('serves the built app and renders its heading in Chromium', async () => {
		const { page, context, errors } = await app.open('/');
		await page.getByRole('heading', { name: 'Annals' }).waitFor({ state: 'visible' });
		expect(await page.title()).toBe('Annals');
		expect(errors).toEqual([]);
		await context.close();
	});
});
