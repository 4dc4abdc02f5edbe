import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { AnnalsDb } from '../../src/lib/db/schema';
import type { CardRow } from '../../src/lib/db/rows';
import {
	applyParameters,
	bringForwardBeforeExam,
	getExamDates,
	getFsrsWeights,
	getStoredParameters,
	readReviewLog,
	readStatsCards,
	revertParameters,
	setExamDate
} from '../../src/lib/db/stats-repo';
import { simulateLearner } from '../../src/lib/stats/simulate';

let n = 0;
let db: AnnalsDb | undefined;
const open = () => (db = new AnnalsDb(`stats-${n++}`));
afterEach(async () => {
	await db?.delete();
});
const NOW = new Date(2026, 2, 1, 12).getTime();
const DAY = 86_400_000;

function rowsOf(sim: ReturnType<typeof simulateLearner>): CardRow[] {
	return sim.cards.map(
		(c) =>
			({
				...c,
				due: c.memory.due,
				queue: c.state,
				buriedUntil: 0,
				factKey: c.id,
				importance: 0.5,
				addedAt: NOW
			}) as unknown as CardRow
	);
}

describe('reading statistics input', () => {
	it('reads every log row and card, slimmed, in order', async () => {
		const store = open();
		const sim = simulateLearner({ seed: 1, start: NOW - 40 * DAY, days: 30, cards: 120, newPerDay: 6 });
		await store.reviewLog.bulkAdd(sim.log.map(({ id: _id, ...row }) => row));
		await store.cards.bulkAdd(rowsOf(sim));
		const log = await readReviewLog(store);
		expect(log).toHaveLength(sim.log.length);
		expect(log.map((r) => r.reviewedAt)).toEqual(sim.log.map((r) => r.reviewedAt));
		expect(log[0]).not.toHaveProperty('after');
		expect(await readStatsCards(store)).toHaveLength(120);
	});
});

describe('fitted parameters', () => {
	it('are applied only when asked, and going back restores the previous ones', async () => {
		const store = open();
		expect(await getFsrsWeights(store)).toBeUndefined();
		const fitted = default_w.map((w) => w * 1.1);
		await applyParameters(store, fitted, NOW);
		expect(await getFsrsWeights(store)).toEqual(fitted);
		expect((await getStoredParameters(store)).previous).toBeNull();
		await revertParameters(store, NOW + 1);
		expect(await getFsrsWeights(store)).toBeUndefined();
		await revertParameters(store, NOW + 2);
		expect(await getFsrsWeights(store)).toEqual(fitted);
		await expect(applyParameters(store, [1, 2, 3], NOW)).rejects.toThrow(/21/);
	});
});

describe('exam dates', () => {
	it('are stored per deck and can be cleared', async () => {
		const store = open();
		await setExamDate(store, 'deck-a', NOW + 10 * DAY);
		await setExamDate(store, 'deck-b', NOW + 20 * DAY);
		await setExamDate(store, 'deck-b', null);
		expect(await getExamDates(store)).toEqual({ 'deck-a': NOW + 10 * DAY });
	});

	it('bringing forward moves only the deck’s studied cards due on or after the exam, before it', async () => {
		const store = open();
		const sim = simulateLearner({ seed: 2, start: NOW - 40 * DAY, days: 38, cards: 200, newPerDay: 6 });
		await store.cards.bulkAdd(rowsOf(sim));
		const examDay = NOW + 5 * DAY;
		const tomorrow = NOW + DAY / 2;
		const late = sim.cards.filter((c) => c.deckId === 'deck-a' && c.state !== 0 && c.memory.due >= examDay);
		expect(late.length).toBeGreaterThan(0);
		const moved = await bringForwardBeforeExam(store, 'deck-a', examDay, tomorrow, NOW);
		expect(moved).toBe(late.length);
		for (const card of late) {
			const row = (await store.cards.get(card.id))!;
			expect(row.due).toBeLessThan(examDay);
			expect(row.memory.due).toBe(row.due);
			expect(row.memory.stability).toBe(card.memory.stability);
		}
		const other = sim.cards.find((c) => c.deckId === 'deck-b' && c.state !== 0 && c.memory.due >= examDay)!;
		expect((await store.cards.get(other.id))!.due).toBe(other.memory.due);
	});
});
