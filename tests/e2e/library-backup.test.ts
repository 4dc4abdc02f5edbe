import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { dumpStores, HISTORY_TEXT, pickFile } from './library-helpers';

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

const STORES = ['documents', 'cards', 'reviewLog', 'quizResults'] as const;

/** One answered review, written as the review screen would (so the log is not empty). */
async function addReview(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('annals');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		const tx = db.transaction(['cards', 'reviewLog'], 'readwrite');
		const cursor = await new Promise<IDBCursorWithValue | null>((resolve) => {
			const r = tx.objectStore('cards').openCursor();
			r.onsuccess = () => resolve(r.result);
		});
		const card = cursor!.value as {
			id: string;
			deckId: string;
			kind: string;
			memory: Record<string, number>;
		};
		tx.objectStore('reviewLog').add({
			cardId: card.id,
			deckId: card.deckId,
			kind: card.kind,
			rating: 3,
			reviewedAt: Date.now() - 60_000,
			durationMs: 4000,
			before: card.memory,
			after: { ...card.memory, reps: 1, state: 1 }
		});
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	});
}

describe('backup and restore in the browser', () => {
	it('backup → wipe → restore gives identical documents, cards and logs; a corrupt file changes nothing', async () => {
		const first = await app.open('/library');
		await first.page.getByRole('heading', { name: 'Your documents' }).waitFor();
		await pickFile(first.page, 'notes.txt', 'text/plain', new TextEncoder().encode(HISTORY_TEXT));
		await first.page.getByRole('button', { name: /^Add \d+ cards?$/ }).click({ timeout: 30_000 });
		await first.page
			.getByRole('status')
			.filter({ hasText: /^Added/ })
			.waitFor();
		await addReview(first.page);

		await first.page.goto(app.baseUrl + '/backup');
		const downloading = first.page.waitForEvent('download');
		await first.page.getByRole('button', { name: 'Download backup' }).click();
		const file = await downloading;
		expect(file.suggestedFilename()).toMatch(/^annals-backup-\d{4}-\d{2}-\d{2}\.json\.gz$/);
		const bytes = await readFile((await file.path())!);
		await first.page
			.getByRole('status')
			.filter({ hasText: /Backup saved/ })
			.waitFor();
		const original = await dumpStores(first.page, [...STORES]);
		expect(original.reviewLog).toHaveLength(1);
		expect((original.documents as { origin: string }[]).some((d) => d.origin === 'user')).toBe(true);
		await first.context.close();

		// A fresh profile is a wiped device: only the shipped decks.
		const second = await app.open('/backup');
		await second.page.getByText('No backup yet.').waitFor();
		const restoreInput = second.page.getByLabel('Choose a backup file');

		const before = await dumpStores(second.page, [...STORES]);
		await restoreInput.setInputFiles({
			name: 'cut.json.gz',
			mimeType: 'application/gzip',
			buffer: bytes.subarray(0, bytes.length / 2)
		});
		await second.page
			.getByRole('alert')
			.filter({ hasText: /damaged or incomplete.*not been changed/ })
			.waitFor();
		await restoreInput.setInputFiles({
			name: 'other.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"hello":1}')
		});
		await second.page
			.getByRole('alert')
			.filter({ hasText: /not an Annals backup/ })
			.waitFor();
		expect(await dumpStores(second.page, [...STORES])).toEqual(before);

		await restoreInput.setInputFiles({
			name: file.suggestedFilename(),
			mimeType: 'application/gzip',
			buffer: bytes
		});
		await second.page.getByRole('button', { name: 'Replace my data with this backup' }).click();
		await second.page
			.getByRole('status')
			.filter({ hasText: /^Restored/ })
			.waitFor();
		expect(await dumpStores(second.page, [...STORES])).toEqual(original);
		await second.context.close();
	});
});
