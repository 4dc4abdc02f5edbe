/**
 * A 10-question practice test taken offline on a 360×640 phone, answered partly by keyboard and partly
 * by touch: the score and its breakdown must match what the answers deserve, and the test must be in
 * the history after a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { CardRow } from '../../src/lib/db/rows';
import { gregorianIso } from '../../src/lib/quiz/dates';
import { answerText } from '../../src/lib/quiz/distractors';
import { answerType, officeHolder, type QuizCard } from '../../src/lib/quiz/facts';
import { personKey } from '../../src/lib/quiz/names';
import { startApp, type App } from './harness';
import { serviceWorkerReady, settle } from './pages';
import { describeViolations, seriousViolations } from './axe';

let app: App;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.close();
});

const CHOSEN_DECKS = ['power-struggle-after-lenin-notes', 'kalinin-wikipedia'];
const KIND_LABELS = { date: 'Dates', office: 'Offices', thesis: 'Theses' } as const;

/** The cards the app imported, read from its IndexedDB: exactly what the quiz was built from. */
function storedCards(page: Page): Promise<CardRow[]> {
	return page.evaluate(
		() =>
			new Promise<CardRow[]>((resolve, reject) => {
				const open = indexedDB.open('annals');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction('cards').objectStore('cards').getAll();
					all.onsuccess = () => resolve(all.result as CardRow[]);
					all.onerror = () => reject(all.error);
				};
			})
	);
}

interface Expected {
	deckId: string;
	kind: QuizCard['kind'];
	right: boolean;
}

/** Keyboard on even questions, touch on odd ones. */
async function press(page: Page, target: Locator, useKeyboard: boolean): Promise<void> {
	if (useKeyboard) {
		await target.focus();
		await page.keyboard.press('Enter');
	} else {
		await target.tap();
	}
}

async function text(locator: Locator): Promise<string> {
	return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

function typedForm(card: QuizCard): string {
	// The answer in another common written form than the one the app shows.
	if (card.date && answerType(card) === 'date') {
		const iso = gregorianIso(card.date);
		const [y, m, d] = iso.split('-');
		if (card.date.precision === 'day') return `${d}.${m}.${y}`;
		if (card.date.precision === 'month') return `${m}/${y}`.replace(/^0/, '').replace('/', '.');
		return y;
	}
	return card.back.toLowerCase();
}

/** Answers the question on screen, rightly or wrongly on purpose, and says how it should be scored. */
async function answer(page: Page, cards: QuizCard[], n: number, right: boolean): Promise<Expected> {
	const keyboard = n % 2 === 0;
	const q = page.locator('.question');
	/** Every card asking this question (several documents may ask it, with different answers). */
	const allByFront = (front: string) => {
		const found = cards.filter((c) => c.front === front);
		expect(found.length, `card for "${front}"`).toBeGreaterThan(0);
		return found;
	};
	const byFront = (front: string) => allByFront(front)[0];
	const answersTo = (front: string) => allByFront(front).map((c) => answerText(c, answerType(c)!));

	const textbox = page.getByRole('textbox', { name: 'Your answer' });
	if (await textbox.count()) {
		const card = byFront(await text(q.locator('.prompt')));
		if (keyboard) await textbox.focus();
		else await textbox.tap();
		await page.keyboard.type(right ? typedForm(card) : 'Napoleon 1066');
		return { deckId: card.deckId, kind: card.kind, right };
	}

	const trueRadio = page.getByRole('radio', { name: 'True' });
	if (await trueRadio.count()) {
		const front = await text(q.locator('.statement .q'));
		const card = byFront(front);
		const shown = (await text(q.locator('.statement .a'))).replace(/^Answer given: ?/, '');
		const truth = answersTo(front).includes(shown);
		const pick = right ? truth : !truth;
		if (keyboard) await page.keyboard.press(pick ? 't' : 'f');
		else await page.getByRole('radio', { name: pick ? 'True' : 'False' }).tap();
		return { deckId: card.deckId, kind: card.kind, right };
	}

	const radios = q.getByRole('radio');
	if ((await radios.count()) === 4) {
		const front = await text(q.locator('legend'));
		const card = byFront(front);
		const options = (await q.locator('.option .text').allTextContents()).map((o) => o.trim());
		const rightOnes = options.filter((o) => answersTo(front).includes(o));
		expect(rightOnes, `exactly one right option in ${JSON.stringify(options)}`).toHaveLength(1);
		const correct = rightOnes[0];
		const index = right ? options.indexOf(correct) : options.findIndex((o) => o !== correct);
		if (keyboard) await page.keyboard.press(String(index + 1));
		else await q.locator('.option').nth(index).tap();
		return { deckId: card.deckId, kind: card.kind, right };
	}

	const list = q.getByRole('list');
	if (await list.count()) {
		const labels = (await list.locator('.label').allTextContents()).map((l) => l.trim());
		const events = labels.map(byFront);
		const wanted = [...events].sort((a, b) => gregorianIso(a.date!).localeCompare(gregorianIso(b.date!)));
		if (right) {
			// Put each event in place with its Move up button: Enter on the focused button, or a tap.
			for (let i = 0; i < wanted.length; i++) {
				const current = (await list.locator('.label').allTextContents()).map((l) => l.trim());
				for (let at = current.indexOf(wanted[i].front); at > i; at--) {
					await press(page, q.getByRole('button', { name: `Move up: ${wanted[i].front}` }), keyboard);
				}
			}
			const final = (await list.locator('.label').allTextContents()).map((l) => l.trim());
			expect(final).toEqual(wanted.map((c) => c.front));
		}
		return { deckId: events[0].deckId, kind: 'date', right };
	}

	const selects = q.getByRole('combobox');
	const rows = await selects.count();
	expect(rows, 'a question type the test knows').toBeGreaterThan(0);
	const decks = new Map<string, number>();
	for (let i = 0; i < rows; i++) {
		const select = selects.nth(i);
		const office = ((await select.getAttribute('aria-label')) ?? '').replace(/^Who held: /, '');
		const card = cards.find((c) => c.office === office && officeHolder(c))!;
		decks.set(card.deckId, (decks.get(card.deckId) ?? 0) + 1);
		if (!right) continue;
		const holder = personKey(officeHolder(card)!);
		const people = await select.locator('option').allTextContents();
		const person = people.find((p) => personKey(p) === holder)!;
		await select.selectOption({ label: person });
	}
	const deckId = [...decks.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
	return { deckId, kind: 'office', right };
}

async function tableCounts(page: Page, caption: string): Promise<Record<string, string>> {
	const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
	const rows = await table.locator('tbody tr').all();
	const out: Record<string, string> = {};
	for (const row of rows) out[await text(row.locator('th'))] = await text(row.locator('td'));
	return out;
}

describe('practice test', () => {
	it('takes a 10-question test offline at 360×640 by keyboard and touch, scores it, and keeps it after reload', async () => {
		const { page, context, errors } = await app.open('/', { width: 360, height: 640 });
		await settle(page);
		await serviceWorkerReady(page);
		const titles = new Map<string, string>();
		const cards: QuizCard[] = (await storedCards(page))
			.filter((c) => CHOSEN_DECKS.includes(c.deckId) && c.archived === 0)
			.map((c) => ({ ...c }));
		expect(cards.length).toBeGreaterThan(20);

		// The bus leaves the station: no network from here on.
		await context.setOffline(true);
		await page.getByRole('link', { name: 'Quiz' }).tap();
		await page.getByRole('heading', { name: 'Practice test' }).waitFor();

		for (const box of await page.getByRole('group', { name: 'Documents' }).getByRole('checkbox').all()) {
			const name = await text(box.locator('xpath=..'));
			const deck = await box.getAttribute('value');
			if (deck && (await box.isChecked()) && !CHOSEN_DECKS.includes(deck) && name) await box.tap();
			if (deck && CHOSEN_DECKS.includes(deck)) titles.set(deck, name);
		}
		await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('10');
		await page.getByRole('combobox', { name: 'Time limit' }).selectOption({ label: '20 minutes' });
		await page.getByRole('button', { name: 'Start test' }).focus();
		await page.keyboard.press('Enter');

		await page.getByText('Question 1 of 10').waitFor();
		await expect.poll(() => text(page.getByRole('timer'))).toMatch(/^Time left 1\d:\d\d$/);
		const expected: Expected[] = [];
		for (let n = 0; n < 10; n++) {
			await page.getByText(`Question ${n + 1} of 10`).waitFor();
			// Phone-sized: nothing wider than the screen, every control a thumb can hit.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			for (const control of await page
				.locator(
					'.question button:visible, .question label:has(input):visible, .question input[type="text"]:visible, .question select:visible, .actions button'
				)
				.all()) {
				const box = await control.boundingBox();
				expect(box!.height, await text(control)).toBeGreaterThanOrEqual(44);
			}
			expected.push(await answer(page, cards, n, n % 3 !== 2));
			const next = page.getByRole('button', { name: n < 9 ? 'Next question' : 'Finish test' });
			if (n % 2 === 0) {
				await next.focus();
				await page.keyboard.press('Enter');
			} else await next.tap();
		}

		const right = expected.filter((e) => e.right).length;
		expect(right).toBe(7);
		await page.getByRole('heading', { name: 'Score' }).waitFor();
		expect(await text(page.getByTestId('score'))).toBe(`${right} of 10 correct (${right * 10}%)`);

		const byDocument = await tableCounts(page, 'By document');
		const wantDocument: Record<string, string> = {};
		for (const deckId of new Set(expected.map((e) => e.deckId))) {
			const mine = expected.filter((e) => e.deckId === deckId);
			wantDocument[titles.get(deckId) ?? deckId] = `${mine.filter((e) => e.right).length} / ${mine.length}`;
		}
		expect(byDocument).toEqual(wantDocument);
		const byKind = await tableCounts(page, 'By kind');
		const wantKind: Record<string, string> = {};
		for (const kind of new Set(expected.map((e) => e.kind))) {
			const mine = expected.filter((e) => e.kind === kind);
			wantKind[KIND_LABELS[kind]] = `${mine.filter((e) => e.right).length} / ${mine.length}`;
		}
		expect(byKind).toEqual(wantKind);
		const byPeriod = await tableCounts(page, 'By period');
		const periodTotal = Object.values(byPeriod).reduce((n, v) => n + Number(v.split(' / ')[1]), 0);
		expect(periodTotal).toBe(10);

		// Every miss shows its correct answer and the passage it comes from.
		const misses = page.locator('.misses > li');
		expect(await misses.count()).toBe(3);
		for (const miss of await misses.all()) {
			expect(await text(miss)).toContain('Correct answer:');
			expect(await miss.locator('blockquote').count()).toBeGreaterThan(0);
		}

		// History survives a reload, still offline.
		await page.reload();
		await settle(page);
		const history = page.getByRole('region', { name: 'Past tests' });
		await history.getByText(`${right} / 10 (${right * 10}%)`).waitFor();
		expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
		await context.close();
	});
});

describe('quiz screens', () => {
	it('pass axe on setup, every question and the report; timeline rows drag; "Review these" reschedules only on request', async () => {
		const { page, context } = await app.open('/quiz', { width: 360, height: 640 });
		await settle(page);
		await page.getByRole('heading', { name: 'Practice test' }).waitFor();
		expect(describeViolations(await seriousViolations(page))).toEqual([]);

		await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('12');
		await page.getByRole('button', { name: 'Start test' }).click();
		const seen = new Set<string>();
		for (let n = 0; n < 12; n++) {
			await page.getByText(`Question ${n + 1} of 12`).waitFor();
			const kind = await page.locator('.question').evaluate((el) => el.firstElementChild?.className ?? '');
			if (!seen.has(kind)) {
				seen.add(kind);
				expect(describeViolations(await seriousViolations(page)), kind).toEqual([]);
			}
			const list = page.locator('.question ol');
			if ((await list.count()) && !seen.has('dragged')) {
				// Drag the second event by its handle above the first (pointer events, as a finger or mouse would).
				seen.add('dragged');
				const labels = async () => (await list.locator('.label').allTextContents()).map((l) => l.trim());
				const before = await labels();
				await list.locator('li').first().scrollIntoViewIfNeeded();
				const from = (await list.locator('.handle').nth(1).boundingBox())!;
				const to = (await list.locator('li').first().boundingBox())!;
				await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
				await page.mouse.down();
				await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 8 });
				await page.mouse.up();
				expect(await labels()).toEqual([before[1], before[0], ...before.slice(2)]);
			}
			await page.getByRole('button', { name: n < 11 ? 'Next question' : 'Finish test' }).click();
		}
		expect(seen.has('dragged'), 'a timeline was asked and dragged').toBe(true);
		await page.getByRole('heading', { name: 'Score' }).waitFor();
		const score = await text(page.getByTestId('score'));
		expect(score).toMatch(/^[01] of 12 correct/);
		expect(describeViolations(await seriousViolations(page))).toEqual([]);

		const since = await page.evaluate(() => Date.now());
		/** Cards brought forward: reviewed cards due from `since`, new cards at the front of the queue. */
		const broughtForward = () =>
			page.evaluate(
				(from) =>
					new Promise<number>((resolve, reject) => {
						const open = indexedDB.open('annals');
						open.onerror = () => reject(open.error);
						open.onsuccess = () => {
							const all = open.result.transaction('cards').objectStore('cards').getAll();
							all.onsuccess = () =>
								resolve(
									(all.result as { due: number; state: number }[]).filter((c) =>
										c.state === 0 ? c.due === 0 : c.due >= from
									).length
								);
						};
					}),
				since
			);
		// Taking the test moved nothing; only the button does.
		expect(await broughtForward()).toBe(0);
		await page.getByRole('button', { name: 'Review these' }).click();
		const status = await text(page.getByRole('status').filter({ hasText: 'next review' }));
		const moved = Number(status.match(/^(\d+) cards?/)?.[1]);
		expect(moved).toBeGreaterThan(0);
		expect(await broughtForward()).toBe(moved);
		await context.close();
	});
});
