import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { serviceWorkerReady } from './pages';

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

const SHARED_TEXT = [
	'Notes on the Congress of Vienna',
	'',
	'The Congress of Vienna opened in September 1814 and closed on 9 June 1815.',
	'In 1809 Metternich was appointed Foreign Minister of the Austrian Empire.',
	'Talleyrand represented France at the Congress of Vienna.'
].join('\n');

describe('Share to Annals', () => {
	it('opens a file shared from another app (a multipart POST to the share target) in the import preview', async () => {
		const { page, context } = await app.open('/library');
		await serviceWorkerReady(page);
		await page.reload();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

		const manifest = (await (await page.request.get(`${app.baseUrl}/manifest.webmanifest`)).json()) as {
			share_target: {
				action: string;
				method: string;
				enctype: string;
				params: { files: { name: string }[] };
			};
		};
		expect(manifest.share_target).toMatchObject({
			action: '/library/share',
			method: 'POST',
			enctype: 'multipart/form-data'
		});

		// What Android does on a share: a navigation POST of a multipart form to the share target.
		await page.evaluate(
			({ text, field }) => {
				const form = document.createElement('form');
				form.method = 'post';
				form.enctype = 'multipart/form-data';
				form.action = '/library/share';
				const input = document.createElement('input');
				input.type = 'file';
				input.name = field;
				const files = new DataTransfer();
				files.items.add(new File([text], 'vienna.txt', { type: 'text/plain' }));
				input.files = files.files;
				form.append(input);
				document.body.append(form);
				form.submit();
			},
			{ text: SHARED_TEXT, field: manifest.share_target.params.files[0].name }
		);
		await page.waitForURL((url) => url.pathname === '/library' && url.searchParams.has('shared'));
		await page.getByRole('heading', { name: /^New cards from/ }).waitFor({ timeout: 30_000 });
		const newCards = page.getByRole('list', { name: 'New cards' }).getByRole('listitem');
		expect(await newCards.count()).toBeGreaterThan(0);
		expect(await page.getByRole('list', { name: 'New cards' }).innerText()).toMatch(/Vienna|Metternich/);

		// The share is taken once: reloading the same address does not import it again.
		await page.reload();
		await page.getByRole('heading', { name: 'Library' }).waitFor();
		await page.waitForTimeout(500);
		expect(await page.getByRole('heading', { name: /^New cards from/ }).count()).toBe(0);
		await context.close();
	});
});
