import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';

const SHIPPED = JSON.parse(
	readFileSync(join(import.meta.dirname, '..', '..', 'cards', 'decks', 'index.json'), 'utf8')
) as {
	id: string;
	title: string;
}[];

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

/** Reads one object store of the app's IndexedDB straight from the page, bypassing the app. */
function readStore<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open('annals');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const all = db.transaction(name).objectStore(name).getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result as T[]);
					};
					all.onerror = () => reject(all.error);
				};
			}),
		store
	);
}

interface LogEntry {
	cardId: string;
	rating: number;
}
interface CardState {
	id: string;
	memory: unknown;
	queue: number;
}

async function counts(page: Page): Promise<string> {
	return (await page.locator('.counts').innerText()).replace(/\s+/g, ' ').trim();
}

/** Answers the card on screen with the keyboard only and waits until the answer is stored. */
async function answerByKeyboard(page: Page, key: string, expectedLogs: number): Promise<void> {
	await page.getByRole('button', { name: 'Show answer' }).waitFor({ state: 'visible' });
	await page.keyboard.press('Space');
	await page.getByRole('button', { name: /^Good/ }).waitFor({ state: 'visible' });
	await page.keyboard.press(key);
	await expect.poll(async () => (await readStore<LogEntry>(page, 'reviewLog')).length).toBe(expectedLogs);
}

/** Adds a document and one new card with disagreeing sources straight into the store, as an import would. */
async function addDisputedCard(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const text = 'Line one of the passage\nline two: born 7 November <img src=x onerror=alert(1)>';
				const source = { document: 'disputed.txt', quote: text, start: 0, end: text.length };
				const other = { document: 'other.txt', quote: 'born 19 November', start: 0, end: 16 };
				const memory = {
					due: 0,
					stability: 0,
					difficulty: 0,
					elapsedDays: 0,
					scheduledDays: 0,
					learningSteps: 0,
					reps: 0,
					lapses: 0,
					state: 0
				};
				const open = indexedDB.open('annals');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['documents', 'cards'], 'readwrite');
					tx.objectStore('documents').put({
						id: 'disputed',
						name: 'disputed.txt',
						title: 'Disputed Doc',
						text,
						origin: 'user',
						addedAt: 0,
						generatorVersion: 1
					});
					tx.objectStore('cards').put({
						id: 'disputed-birth',
						kind: 'date',
						form: 'basic',
						front: 'When was X born? <img src=x onerror=alert(1)>',
						back: '7 November',
						source,
						sources: [source, other],
						conflicts: [{ back: '19 November', source: other }],
						people: [],
						importance: 1,
						factKey: 'disputed-birth',
						deckId: 'disputed',
						memory,
						due: 0,
						state: 0,
						queue: 0,
						suspended: 0,
						buriedUntil: 0,
						archived: 0,
						addedAt: 0
					});
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

describe('review', () => {
	it('imports the shipped decks on first load behind a progress bar, then lists one deck per document', async () => {
		const context = await app.newContext();
		const page = await context.newPage();
		// Record whether a progress bar ever appeared: the import may finish between two polls.
		await page.addInitScript(() => {
			new MutationObserver(() => {
				if (document.querySelector('progress, [role="progressbar"]'))
					(window as unknown as { sawProgress: boolean }).sawProgress = true;
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(app.baseUrl + '/');
		const deckLinks = page.locator('a[href^="/review?deck="]');
		await expect.poll(() => deckLinks.count(), { timeout: 30_000 }).toBe(SHIPPED.length);
		expect(await page.evaluate(() => (window as unknown as { sawProgress?: boolean }).sawProgress)).toBe(
			true
		);
		for (const deck of SHIPPED) {
			await page.getByRole('link', { name: new RegExp(deck.title) }).waitFor({ state: 'visible' });
		}
		const cards = await readStore<CardState>(page, 'cards');
		expect(cards.length).toBeGreaterThan(0);
		expect(await page.getByRole('progressbar').count()).toBe(0);
		await context.close();
	});

	it('reviews 10 cards by keyboard, undoes the last answer, and keeps every answer across a reload', async () => {
		const { page, context, errors } = await app.open('/review');
		const keys = ['3', '4', '1', '3', '2', '4', '3', '3', '1', '4'];
		let beforeLast: CardState[] = [];
		for (let i = 0; i < keys.length; i++) {
			if (i === keys.length - 1) beforeLast = await readStore<CardState>(page, 'cards');
			await answerByKeyboard(page, keys[i], i + 1);
		}
		const logs = await readStore<LogEntry>(page, 'reviewLog');
		expect(logs.map((l) => String(l.rating))).toEqual(keys);

		// Undo (key U) puts the last card back exactly as it was and removes its log entry.
		await page.keyboard.press('u');
		await expect.poll(async () => (await readStore<LogEntry>(page, 'reviewLog')).length).toBe(9);
		const lastCardId = logs[9].cardId;
		const restored = (await readStore<CardState>(page, 'cards')).find((c) => c.id === lastCardId);
		expect(restored).toEqual(beforeLast.find((c) => c.id === lastCardId));
		await page.getByRole('button', { name: 'Show answer' }).waitFor({ state: 'visible' });

		const countsBefore = await counts(page);
		const cardsBefore = await readStore<CardState>(page, 'cards');
		await page.reload();
		await page.getByRole('button', { name: 'Show answer' }).waitFor({ state: 'visible' });
		await expect.poll(() => counts(page)).toBe(countsBefore);
		expect((await readStore<LogEntry>(page, 'reviewLog')).map((l) => l.cardId)).toEqual(
			logs.slice(0, 9).map((l) => l.cardId)
		);
		expect(await readStore<CardState>(page, 'cards')).toEqual(cardsBefore);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows where a card is from, says when sources disagree, and renders card text as text', async () => {
		const { page, context, errors } = await app.open('/');
		await page.locator('a[href^="/review?deck="]').first().waitFor({ timeout: 30_000 });
		await addDisputedCard(page);
		let alerted = false;
		page.on('dialog', (dialog) => {
			alerted = true;
			void dialog.dismiss();
		});
		await page.goto(app.baseUrl + '/review?deck=disputed');
		await page.getByText('When was X born? <img src=x onerror=alert(1)>').waitFor({ state: 'visible' });
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('article').getByText('Sources disagree').waitFor({ state: 'visible' });
		const card = await page.getByRole('article').innerText();
		expect(card).toContain('7 November');
		expect(card).toContain('19 November');
		expect(card).toContain('other.txt');

		await page.getByRole('button', { name: 'Where is this from?' }).click();
		const dialog = page.getByRole('dialog', { name: 'Where is this from?' });
		await dialog.waitFor({ state: 'visible' });
		const passage = await dialog.locator('blockquote').first().innerText();
		expect(passage).toBe('Line one of the passage\nline two: born 7 November <img src=x onerror=alert(1)>');
		expect(await dialog.innerText()).toContain('Disputed Doc');
		expect(await page.locator('main img').count()).toBe(0);
		await page.getByRole('button', { name: 'Close' }).click();
		await dialog.waitFor({ state: 'hidden' });

		// Bury takes the only card of the deck away for today.
		await page.getByRole('button', { name: 'Bury' }).click();
		await page.getByRole('heading', { name: 'Nothing due now' }).waitFor({ state: 'visible' });
		expect(alerted).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('applies the new-card limit saved in Settings and resets progress only after confirmation', async () => {
		const { page, context, errors } = await app.open('/');
		await page.locator('a[href^="/review?deck="]').first().waitFor({ timeout: 30_000 });
		await page.getByRole('link', { name: 'Settings' }).click();
		await page.getByLabel('New cards per day').fill('3');
		await page.getByLabel('Desired retention').fill('0.85');
		await page.getByRole('button', { name: 'Save' }).click();
		await page.getByText('Settings saved.').waitFor({ state: 'visible' });

		await page.getByRole('link', { name: 'Review' }).click();
		await page.getByRole('button', { name: 'Show answer' }).waitFor({ state: 'visible' });
		await expect.poll(() => counts(page)).toBe('3 new 0 learning 0 review');
		await answerByKeyboard(page, '4', 1);

		await page.getByRole('link', { name: 'Settings' }).click();
		await page.getByRole('button', { name: /^Reset learning progress/ }).click();
		const confirm = page.getByRole('dialog', { name: 'Reset all learning progress?' });
		await confirm.waitFor({ state: 'visible' });
		await confirm.getByRole('button', { name: 'Cancel' }).click();
		expect(await readStore<LogEntry>(page, 'reviewLog')).toHaveLength(1);
		await page.getByRole('button', { name: /^Reset learning progress/ }).click();
		await confirm.getByRole('button', { name: 'Reset' }).click();
		await page.getByText(/Learning progress reset/).waitFor({ state: 'visible' });
		expect(await readStore<LogEntry>(page, 'reviewLog')).toHaveLength(0);
		expect(errors).toEqual([]);
		await context.close();
	});
});
