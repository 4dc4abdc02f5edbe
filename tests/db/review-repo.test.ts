import { describe, expect, it } from 'vitest';
import { freshDb } from '../fixtures/db';
import { makeDeck } from '../fixtures/decks';
import { importBundledDecks } from '../../src/lib/db/decks-repo';
import {
	buryCard,
	recordReview,
	setSuspended,
	undoLastReview,
	unburyExpired
} from '../../src/lib/db/review-repo';
import { nextStudyDayStart } from '../../src/lib/srs/day';

const NOW = new Date(2026, 0, 10, 12).getTime();
const scheduler = { desiredRetention: 0.9 };

async function seeded() {
	const db = freshDb();
	await importBundledDecks(db, [{ deck: makeDeck('alpha') }], { now: NOW, version: 'v1' });
	return db;
}

describe('recording an answer', () => {
	it('writes the new card state and a log entry with the state before and after', async () => {
		const db = await seeded();
		const before = await db.cards.get('kalinin-chair');
		const { card, log } = await recordReview(db, {
			cardId: 'kalinin-chair',
			rating: 3,
			now: NOW + 60_000,
			durationMs: 5200,
			scheduler
		});
		const stored = await db.cards.get('kalinin-chair');
		expect(stored).toEqual(card);
		expect(stored?.state).toBe(1);
		expect(stored?.queue).toBe(1);
		expect(stored?.due).toBe(stored?.memory.due);
		const logs = await db.reviewLog.toArray();
		expect(logs).toEqual([log]);
		expect(log).toMatchObject({
			cardId: 'kalinin-chair',
			deckId: 'alpha',
			kind: 'office',
			rating: 3,
			durationMs: 5200
		});
		expect(log.before).toEqual(before?.memory);
		expect(log.after).toEqual(stored?.memory);
	});

	it('leaves nothing half-done when the log write fails', async () => {
		const db = await seeded();
		const before = await db.cards.toArray();
		db.reviewLog.hook('creating', () => {
			throw new Error('QuotaExceededError');
		});
		await expect(
			recordReview(db, { cardId: 'stalin-gensec', rating: 3, now: NOW, durationMs: 1000, scheduler })
		).rejects.toThrow('QuotaExceededError');
		expect(await db.cards.toArray()).toEqual(before);
		expect(await db.reviewLog.count()).toBe(0);
	});

	it('buries the other cards of the same fact until the next study day', async () => {
		const db = await seeded();
		const { log } = await recordReview(db, {
			cardId: 'stalin-gensec',
			rating: 3,
			now: NOW,
			durationMs: 1000,
			scheduler
		});
		expect(log.buriedSiblings).toEqual(['stalin-gensec-reverse']);
		expect(await db.cards.get('stalin-gensec-reverse')).toMatchObject({
			queue: -1,
			buriedUntil: nextStudyDayStart(NOW)
		});
	});

	it('clips answer times over a minute', async () => {
		const db = await seeded();
		const { log } = await recordReview(db, {
			cardId: 'lenin-death',
			rating: 1,
			now: NOW,
			durationMs: 3_600_000,
			scheduler
		});
		expect(log.durationMs).toBe(60_000);
	});
});

describe('undo', () => {
	it('restores the card exactly, unburies its siblings and deletes the log entry', async () => {
		const db = await seeded();
		const untouched = await db.cards.toArray();
		await recordReview(db, { cardId: 'stalin-gensec', rating: 4, now: NOW, durationMs: 1000, scheduler });
		expect(await undoLastReview(db, NOW + 1000)).toEqual({ cardId: 'stalin-gensec', rating: 4 });
		expect(await db.cards.toArray()).toEqual(untouched);
		expect(await db.reviewLog.count()).toBe(0);
	});

	it('takes back answers one at a time, newest first, and reports when nothing is left', async () => {
		const db = await seeded();
		await recordReview(db, { cardId: 'kalinin-chair', rating: 3, now: NOW, durationMs: 1000, scheduler });
		const afterFirst = await db.cards.get('kalinin-chair');
		await recordReview(db, {
			cardId: 'kalinin-chair',
			rating: 3,
			now: NOW + 600_000,
			durationMs: 1000,
			scheduler
		});
		await undoLastReview(db, NOW + 700_000);
		expect(await db.cards.get('kalinin-chair')).toEqual(afterFirst);
		expect(await db.reviewLog.count()).toBe(1);
		await undoLastReview(db, NOW + 700_000);
		expect(await undoLastReview(db, NOW + 700_000)).toBeNull();
	});
});

describe('suspend and bury', () => {
	it('takes a suspended card out of every queue and puts it back with its schedule', async () => {
		const db = await seeded();
		await recordReview(db, { cardId: 'lenin-death', rating: 4, now: NOW, durationMs: 1000, scheduler });
		const suspended = await setSuspended(db, 'lenin-death', true, NOW);
		expect(suspended.queue).toBe(-1);
		const back = await setSuspended(db, 'lenin-death', false, NOW);
		expect(back.queue).toBe(2);
	});

	it('brings a buried card back once the next study day has begun', async () => {
		const db = await seeded();
		await buryCard(db, 'lenin-death', NOW);
		expect(await unburyExpired(db, NOW + 1000)).toBe(0);
		expect((await db.cards.get('lenin-death'))?.queue).toBe(-1);
		expect(await unburyExpired(db, nextStudyDayStart(NOW))).toBe(1);
		expect(await db.cards.get('lenin-death')).toMatchObject({ queue: 0, buriedUntil: 0 });
	});
});
