import { describe, expect, it } from 'vitest';
import { freshDb } from '../fixtures/db';
import { makeDeck, manyFacts } from '../fixtures/decks';
import { importBundledDecks } from '../../src/lib/db/decks-repo';
import { saveStudySettings } from '../../src/lib/db/settings-repo';
import { ReviewSession } from '../../src/lib/ui/review-session.svelte';

const NOW = new Date(2026, 0, 10, 12).getTime();

async function session(facts = manyFacts(3)) {
	const db = freshDb();
	await importBundledDecks(db, [{ deck: makeDeck('alpha', facts) }], { now: NOW - 1000, version: 'v1' });
	let clock = NOW;
	const s = new ReviewSession(db, {}, () => clock);
	return { db, s, advance: (ms: number) => (clock += ms) };
}

describe('review session', () => {
	it('goes question → answer → next card, storing each answer with its time on the card', async () => {
		const { db, s, advance } = await session();
		await s.start();
		expect(s.phase).toBe('question');
		const first = s.card!.id;
		expect(s.counts).toEqual({ newCards: 3, learning: 0, reviews: 0 });
		s.showAnswer();
		expect(s.phase).toBe('answer');
		expect(s.intervals.map((i) => i.name)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
		advance(7000);
		await s.answer(4);
		expect(s.card!.id).not.toBe(first);
		expect(s.phase).toBe('question');
		expect(s.counts.newCards).toBe(2);
		const [log] = await db.reviewLog.toArray();
		expect(log).toMatchObject({ cardId: first, rating: 4, durationMs: 7000 });
	});

	it('answers only once when the same key arrives twice', async () => {
		const { db, s } = await session();
		await s.start();
		s.showAnswer();
		await Promise.all([s.answer(3), s.answer(3)]);
		expect(await db.reviewLog.count()).toBe(1);
	});

	it('undo brings back the answered card on its question side', async () => {
		const { db, s } = await session();
		await s.start();
		const first = s.card!.id;
		s.showAnswer();
		const answering = s.answer(4);
		const undoing = s.undo(); // pressed before the save finished: runs after it
		await Promise.all([answering, undoing]);
		expect(await db.reviewLog.count()).toBe(0);
		expect(s.card!.id).toBe(first);
		expect(s.phase).toBe('question');
		expect(s.canUndo).toBe(false);
	});

	it('ends with the daily limit reached and tells when the next card is due', async () => {
		const { db, s } = await session(manyFacts(2));
		await saveStudySettings(db, { newPerDay: 1 });
		await s.start();
		s.showAnswer();
		await s.answer(4);
		expect(s.phase).toBe('done');
		expect(s.waiting.newCardsWaiting).toBe(true);
		expect(s.nextDue).toBeGreaterThan(NOW);
	});
});

describe('undo of suspend and bury', () => {
	it('puts a suspended card back on screen and in its queue', async () => {
		const { db, s } = await session();
		await s.start();
		const first = s.card!.id;
		await s.suspend();
		expect(s.card!.id).not.toBe(first);
		expect((await db.cards.get(first))?.queue).toBe(-1);
		expect(s.canUndo).toBe(true);
		await s.undo();
		expect(s.card!.id).toBe(first);
		expect(await db.cards.get(first)).toMatchObject({ suspended: 0, queue: 0 });
	});

	it('after an answer, undo takes back the answer, not an earlier bury', async () => {
		const { db, s } = await session();
		await s.start();
		const buried = s.card!.id;
		await s.bury();
		s.showAnswer();
		await s.answer(4);
		await s.undo();
		expect(await db.reviewLog.count()).toBe(0);
		expect((await db.cards.get(buried))?.queue).toBe(-1);
	});
});
