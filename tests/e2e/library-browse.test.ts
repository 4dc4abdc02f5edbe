import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { HISTORY_TEXTS, pickFile, userDocumentCount } from './library-helpers';

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

async function importNotes(page: Page): Promise<void> {
	await page.getByRole('heading', { name: 'Your documents' }).waitFor();
	await pickFile(
		page,
		'party-notes.txt',
		'text/plain',
		new TextEncoder().encode(HISTORY_TEXTS[0].join('\n\n'))
	);
	await page.getByRole('button', { name: /^Add \d+ cards?$/ }).click({ timeout: 30_000 });
	await page
		.getByRole('status')
		.filter({ hasText: /^Added/ })
		.waitFor();
}

describe('the user’s documents and cards after import', () => {
	it('shows the document with its passages marked and jumps to a card’s passage', async () => {
		const { page, context, errors } = await app.open('/library');
		await importNotes(page);
		await page.getByRole('link', { name: 'Open it' }).click();
		await page.getByRole('heading', { name: 'Party Notes' }).waitFor();
		const article = page.getByRole('article', { name: 'Document text' });
		expect(await article.textContent()).toBe(HISTORY_TEXTS[0].join('\n\n'));
		expect(await article.locator('mark').count()).toBeGreaterThan(0);
		await page.getByText(/^Cards from this document/).click();
		// The passage marked for a card link holds the character the link points at.
		const markedAt = async (offset: number) => {
			const current = article.locator('mark.current');
			await current.waitFor();
			const start = Number((await current.getAttribute('id'))?.replace('at-', ''));
			const length = ((await current.textContent()) ?? '').length;
			return start <= offset && offset < start + length && length > 0;
		};
		const links = page
			.getByRole('list')
			.filter({ has: page.locator('a[href^="#"]') })
			.getByRole('link');
		expect(await links.count()).toBeGreaterThan(0);
		const last = links.last();
		const href = (await last.getAttribute('href')) ?? '';
		await last.click();
		expect(await markedAt(Number(href.slice(1)))).toBe(true);
		// A deep link from elsewhere (the review screen's "Where is this from?") lands on the same passage.
		await page.goto(`${app.baseUrl}/library/party-notes${href}`);
		await page.getByRole('heading', { name: 'Party Notes' }).waitFor();
		expect(await markedAt(Number(href.slice(1)))).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('finds cards by full-text search, edits one, suspends it, and filters by suspension', async () => {
		const { page, context } = await app.open('/library');
		await importNotes(page);
		await page.goto(app.baseUrl + '/browse');
		await page
			.getByRole('status')
			.filter({ hasText: /of \d+ cards/ })
			.waitFor();
		await page.getByLabel('Search cards').fill('Lenin die');
		const cards = page.getByRole('list', { name: 'Cards' }).getByRole('listitem');
		await cards.filter({ hasText: 'When did Lenin die?' }).first().waitFor();
		const card = cards.filter({ hasText: 'When did Lenin die?' }).first();
		await card.getByRole('button', { name: 'Edit' }).click();
		await page.getByLabel('Front').fill('In which year did Lenin die?');
		await page.getByRole('button', { name: 'Save' }).click();
		await page.getByRole('status').filter({ hasText: 'Card saved' }).waitFor();
		const edited = cards.filter({ hasText: 'In which year did Lenin die?' });
		await edited.waitFor();
		expect(await edited.textContent()).toContain('edited');
		await edited.getByRole('checkbox').check();
		await page.getByRole('button', { name: 'Suspend', exact: true }).click();
		await page.getByRole('status').filter({ hasText: 'Suspended 1 card.' }).waitFor();
		await page.getByLabel('Search cards').fill('');
		await page.getByLabel('Suspended').selectOption('yes');
		await page
			.getByRole('status')
			.filter({ hasText: /^1 of \d+ cards$/ })
			.waitFor();
		expect(await cards.count()).toBe(1);
		expect(await cards.first().textContent()).toContain('In which year did Lenin die?');
		await context.close();
	});

	it('makes a document’s cards again keeping every card, its id and the user’s edit', async () => {
		const { page, context } = await app.open('/library');
		await importNotes(page);
		const before = await userDocumentCount(page);
		await page.goto(app.baseUrl + '/browse');
		await page.getByLabel('Document').selectOption({ label: 'Party Notes' });
		const cards = page.getByRole('list', { name: 'Cards' }).getByRole('listitem');
		await cards.first().getByRole('button', { name: 'Edit' }).click();
		await page.getByLabel('Back').fill('My own answer');
		await page.getByRole('button', { name: 'Save' }).click();
		await page.getByRole('status').filter({ hasText: 'Card saved' }).waitFor();

		await page.goto(app.baseUrl + '/library/party-notes');
		await page.getByRole('button', { name: 'Make cards again' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: new RegExp(`Cards made again: ${before.cards} kept .*, 0 new, 0 archived`) })
			.waitFor();
		expect(await userDocumentCount(page)).toEqual(before);
		await page.goto(app.baseUrl + '/browse');
		await page.getByLabel('Search cards').fill('My own answer');
		await cards.filter({ hasText: 'My own answer' }).first().waitFor();
		await context.close();
	});

	it('asks before deleting a document and Undo brings it back', async () => {
		const { page, context } = await app.open('/library');
		await importNotes(page);
		const before = await userDocumentCount(page);
		await page.getByRole('button', { name: 'Delete Party Notes' }).click();
		await page.getByRole('button', { name: 'Keep' }).click();
		expect(await userDocumentCount(page)).toEqual(before);
		await page.getByRole('button', { name: 'Delete Party Notes' }).click();
		await page.getByRole('button', { name: 'Delete', exact: true }).click();
		await page.getByRole('status').filter({ hasText: 'Deleted “Party Notes”.' }).waitFor();
		await page.getByRole('link', { name: 'Party Notes', exact: true }).waitFor({ state: 'detached' });
		expect((await userDocumentCount(page)).documents).toBe(before.documents - 1);
		await page.getByRole('button', { name: 'Undo' }).click();
		await page.getByRole('link', { name: 'Party Notes', exact: true }).waitFor();
		expect(await userDocumentCount(page)).toEqual(before);
		await context.close();
	});

	it('exports an Anki package whose collection holds every card as a note, and a CSV', async () => {
		const { page, context } = await app.open('/library');
		await importNotes(page);
		await page.goto(app.baseUrl + '/backup');
		await page.getByText('No backup yet.').waitFor();
		const apkgDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export for Anki (.apkg)' }).click();
		const apkg = await apkgDownload;
		expect(apkg.suggestedFilename()).toMatch(/\.apkg$/);
		const status = page.getByRole('status').filter({ hasText: /Anki package saved with \d+ cards/ });
		await status.waitFor();
		const exported = Number((await status.textContent())?.match(/with (\d+) cards/)?.[1]);
		const files = unzipSync(await readFile((await apkg.path())!));
		const SQL = await initSqlJs();
		const db = new SQL.Database(files['collection.anki2']);
		expect(db.exec('SELECT count(*) FROM notes')[0].values[0][0]).toBe(exported);
		expect(db.exec('SELECT count(*) FROM cards')[0].values[0][0]).toBe(exported);
		const lenin = db.exec("SELECT flds FROM notes WHERE flds LIKE 'When did Lenin die?%'")[0].values[0][0];
		expect(String(lenin).split('\x1f')).toHaveLength(3);
		db.close();

		const csvDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export CSV' }).click();
		const csv = await readFile((await (await csvDownload).path())!, 'utf8');
		expect(csv.split('\r\n')[0]).toBe('front,back,kind,document,source,tags');
		expect(csv).toContain('When did Lenin die?');
		await context.close();
	});
});
