import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CardRow, DocumentRow } from '../../src/lib/db/rows';
import { startApp, type App } from './harness';
import { routeExists, settle } from './pages';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const DAY = 86_400_000;

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

/** A document whose text carries the payload, and a review card made from it, due now. */
function hostileRows(now: number): { document: DocumentRow; card: CardRow } {
	const text = `In 1924 the leader wrote ${PAYLOAD} in his notes.`;
	const start = text.indexOf(PAYLOAD);
	const source = {
		document: `notes ${PAYLOAD}.txt`,
		quote: text.slice(start, start + PAYLOAD.length),
		start,
		end: start + PAYLOAD.length,
		author: `Author ${PAYLOAD}`,
		work: `Work ${PAYLOAD}`,
		year: 1924
	};
	const memory = {
		due: now - DAY,
		stability: 10,
		difficulty: 5,
		elapsedDays: 11,
		scheduledDays: 10,
		learningSteps: 0,
		reps: 3,
		lapses: 0,
		state: 2 as const,
		lastReview: now - 11 * DAY
	};
	return {
		document: {
			id: 'xss-notes',
			name: source.document,
			title: `Notes ${PAYLOAD}`,
			text,
			origin: 'user',
			addedAt: now,
			generatorVersion: 1
		},
		card: {
			id: 'xss-card',
			kind: 'thesis',
			form: 'basic',
			front: `What did the leader write in 1924? ${PAYLOAD}`,
			back: PAYLOAD,
			source,
			sources: [source],
			conflicts: [],
			people: [],
			author: source.author,
			work: source.work,
			importance: 1,
			factKey: 'xss-fact',
			deckId: 'xss-notes',
			memory,
			due: memory.due,
			state: 2,
			queue: 2,
			suspended: 0,
			buriedUntil: 0,
			archived: 0,
			addedAt: now - 20 * DAY
		}
	};
}

/**
 * Writes the rows straight into the app's IndexedDB (the raw API, as any stored data would be read)
 * and suspends every other card, so the hostile card is the one the review screen shows.
 */
async function plant(page: Page, rows: { document: DocumentRow; card: CardRow }): Promise<void> {
	await page.evaluate(
		(planted) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('annals');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['documents', 'cards'], 'readwrite');
					const cards = tx.objectStore('cards');
					cards.openCursor().onsuccess = (event) => {
						const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
						if (!cursor) {
							tx.objectStore('documents').put(planted.document);
							cards.put(planted.card);
							return;
						}
						cursor.update({ ...cursor.value, suspended: 1, queue: -1 });
						cursor.continue();
					};
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		rows
	);
}

describe('card and document text is shown as text, never run as HTML', () => {
	it.skipIf(!routeExists('/review'))(`shows ${PAYLOAD} literally and runs nothing`, async () => {
		const { page, context } = await app.open('/');
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await settle(page);
		await plant(page, hostileRows(Date.now()));

		await page.goto('/review');
		await settle(page);
		await page.getByText(`What did the leader write in 1924? ${PAYLOAD}`).waitFor({ state: 'visible' });
		await page.getByRole('button', { name: 'Show answer' }).click();
		// Question and answer both show the characters.
		const shown = page.getByText(PAYLOAD).filter({ visible: true });
		await expect.poll(() => shown.count()).toBeGreaterThanOrEqual(2);

		const whereFrom = page.getByRole('button', { name: /Where is this from/ });
		if ((await whereFrom.count()) > 0) {
			await whereFrom.first().click();
			const dialog = page.getByRole('dialog');
			await dialog.getByText(PAYLOAD).first().waitFor({ state: 'visible' });
			// The quote is the exact passage, as characters.
			expect(await dialog.getByText(PAYLOAD, { exact: true }).first().textContent()).toBe(PAYLOAD);
			await page.keyboard.press('Escape');
		}
		expect(await page.locator('img[src="x"]').count()).toBe(0);

		await page.goto('/');
		await settle(page);
		// A broken image that loads from "x" would fire onerror; let it try before checking.
		await page.waitForTimeout(500);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(dialogs).toEqual([]);
		await context.close();
	});
});
