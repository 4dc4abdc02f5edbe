import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { makeDocx, makeEncryptedPdf, makeScannedPdf, makeTextPdf } from '../library/fixtures';
import {
	HISTORY_TEXT,
	HISTORY_TEXTS,
	pickFile,
	userDocumentCount,
	watchProgressBar
} from './library-helpers';
import type { Page } from 'playwright-core';

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

const utf8 = (s: string) => new TextEncoder().encode(s);

async function openLibrary(): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
	const { page, context, errors } = await app.open('/library');
	await page.getByRole('heading', { name: 'Library' }).waitFor();
	// The shipped decks are imported on first run; the library lists them once that is done.
	await page.getByRole('heading', { name: 'Your documents' }).waitFor();
	return { page, errors, close: () => context.close() };
}

/** Import a file, check the progress bar and preview, add the cards; returns the status line. */
async function importAndAdd(page: Page, name: string, mime: string, bytes: Uint8Array): Promise<string> {
	const sawProgress = await watchProgressBar(page);
	await pickFile(page, name, mime, bytes);
	await page.getByRole('heading', { name: /^New cards from/ }).waitFor({ timeout: 30_000 });
	expect(await sawProgress()).toBe(true);
	const newCards = page.getByRole('list', { name: 'New cards' }).getByRole('listitem');
	expect(await newCards.count()).toBeGreaterThan(0);
	await page.getByRole('button', { name: /^Add \d+ cards?$/ }).click();
	const status = page.getByRole('status').filter({ hasText: /^Added/ });
	await status.waitFor();
	return (await status.textContent()) ?? '';
}

describe('importing the user’s documents', () => {
	it('imports a .txt, a .pdf and a .docx made by the test, with progress, preview and new cards', async () => {
		const { page, close, errors } = await openLibrary();
		const before = await userDocumentCount(page);
		const [first, second, third] = HISTORY_TEXTS;
		expect(await importAndAdd(page, 'party-notes.txt', 'text/plain', utf8(first.join('\n\n')))).toMatch(
			/Added “Party Notes” with \d+ new cards?/
		);
		// Two pages, so the running header and page numbers repeat as they do in a real PDF.
		const pdf = await makeTextPdf([second.slice(0, 2), second.slice(2)]);
		expect(await importAndAdd(page, 'chapter.pdf', 'application/pdf', pdf)).toMatch(/Added “Chapter”/);
		const docx = await makeDocx(third[0], third.slice(1));
		expect(
			await importAndAdd(
				page,
				'lecture.docx',
				'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
				docx
			)
		).toMatch(/Added “Lecture”/);
		const after = await userDocumentCount(page);
		expect(after.documents).toBe(before.documents + 3);
		expect(after.cards).toBeGreaterThan(before.cards);
		for (const title of ['Party Notes', 'Chapter', 'Lecture'])
			await page.getByRole('link', { name: title, exact: true }).waitFor();
		expect(errors).toEqual([]);
		await close();
	});

	it('lets the user drop a whole kind and single cards before adding', async () => {
		const { page, close } = await openLibrary();
		await pickFile(page, 'trim.txt', 'text/plain', utf8(HISTORY_TEXT));
		await page.getByRole('heading', { name: /^New cards from/ }).waitFor({ timeout: 30_000 });
		const addButton = page.getByRole('button', { name: /^Add \d+ cards?$/ });
		const count = async () => Number((await addButton.textContent())?.match(/\d+/)?.[0]);
		const all = await count();
		const dates = page.getByRole('checkbox', { name: /^Dates \(\d+\)/ });
		// Date cards that would be added (facts already in the library from the shipped decks are not).
		const keptDates = page
			.getByRole('list', { name: 'New cards' })
			.getByRole('listitem')
			.filter({ has: page.locator('.kind', { hasText: /^Date$/ }) })
			.locator('input:checked');
		const dateCount = await keptDates.count();
		expect(dateCount).toBeGreaterThan(0);
		await dates.uncheck();
		expect(await count()).toBe(all - dateCount);
		expect(await keptDates.count()).toBe(0);
		const single = page
			.getByRole('list', { name: 'New cards' })
			.getByRole('checkbox')
			.and(page.locator(':enabled:checked'))
			.first();
		if (all - dateCount > 0) {
			await single.uncheck();
			expect(await count()).toBe(all - dateCount - 1);
		}
		await page.getByRole('button', { name: 'Discard' }).click();
		expect((await userDocumentCount(page)).documents).toBe(0);
		await close();
	});

	it('cancels a long import mid-way and leaves nothing behind', async () => {
		const { page, close } = await openLibrary();
		const big = readFileSync(
			join(import.meta.dirname, '..', '..', 'cards', 'sources', 'stalin-works-volume-6-1924.txt')
		);
		await pickFile(page, 'big-volume.txt', 'text/plain', big);
		const bar = page.getByRole('progressbar');
		await bar.waitFor();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.getByRole('status').filter({ hasText: 'Import cancelled. Nothing was added.' }).waitFor();
		expect(await bar.count()).toBe(0);
		expect(await userDocumentCount(page)).toEqual({ documents: 0, cards: 0 });
		await close();
	});

	it('refuses each bad input with its own message and changes nothing', async () => {
		const { page, close } = await openLibrary();
		const cases: [string, string, Uint8Array, RegExp][] = [
			['empty.txt', 'text/plain', new Uint8Array(), /is empty/],
			[
				'photo.txt',
				'text/plain',
				new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 0, 0, 1, 2, 3]),
				/not a text document/
			],
			['scan.pdf', 'application/pdf', await makeScannedPdf(), /has no text.*try a text PDF/],
			['locked.pdf', 'application/pdf', makeEncryptedPdf(), /password-protected/],
			[
				'broken.docx',
				'application/octet-stream',
				(await makeDocx('T', ['Some text.'])).slice(0, 400),
				/could not be read/
			],
			['slides.pptx', 'application/octet-stream', utf8('PK'), /can’t read “slides.pptx”/],
			['huge.txt', 'text/plain', new Uint8Array(), /50 MB.*up to 40 MB/]
		];
		// Playwright passes buffers up to 50 MB only: the 50 MB text goes through a file on disk.
		const hugePath = join(tmpdir(), `annals-huge-${process.pid}.txt`);
		writeFileSync(hugePath, Buffer.alloc(50 * 1024 * 1024, 'a'));
		for (const [name, mime, bytes, message] of cases) {
			if (name === 'huge.txt') await page.getByLabel(/Choose a file/).setInputFiles(hugePath);
			else await pickFile(page, name, mime, bytes);
			const alert = page.getByRole('alert').filter({ hasText: message });
			await alert.waitFor({ timeout: 20_000 });
			expect(await userDocumentCount(page), name).toEqual({ documents: 0, cards: 0 });
		}
		rmSync(hugePath);
		await close();
	});

	it('imports an HTML page with scripts as text and runs none of them', async () => {
		const { page, close, errors } = await openLibrary();
		const html = `<!doctype html><html><head><title>Kalinin page</title>
			<script>window.pwned = 'head';</script></head><body>
			<h1>Kalinin</h1><script>window.pwned = 'body'; document.title = 'hacked';</script>
			<p>${HISTORY_TEXT.replace(/\n\n/g, '</p><p>')}</p>
			<p>The banner read &lt;img src=x onerror="window.pwned='text'"&gt; in 1924.</p>
			<img src="x" onerror="window.pwned = 'img'"><iframe src="javascript:window.parent.pwned='frame'"></iframe>
			</body></html>`;
		await importAndAdd(page, 'kalinin.html', 'text/html', utf8(html));
		await page.getByRole('link', { name: 'Kalinin page', exact: true }).click();
		await page.getByRole('heading', { name: 'Kalinin page' }).waitFor();
		const text = (await page.getByRole('article', { name: 'Document text' }).textContent()) ?? '';
		expect(text).toContain('The banner read <img src=x onerror="window.pwned=\'text\'"> in 1924.');
		expect(text).not.toContain('document.title');
		expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
		expect(await page.evaluate(() => document.querySelectorAll('article img, article iframe').length)).toBe(
			0
		);
		expect(errors).toEqual([]);
		await close();
	});
});
