import { describe, expect, it } from 'vitest';
import { freshDb } from '../fixtures/db';
import { makeDeck, manyFacts } from '../fixtures/decks';
import { importBundledDecks } from '../../src/lib/db/decks-repo';
import { recordReview } from '../../src/lib/db/review-repo';
import {
	deckOverview,
	dueCards,
	nextCard,
	nextDueAt,
	studyCounts,
	limitsReached
} from '../../src/lib/db/queue-repo';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from '../../src/lib/srs/settings';
import { nextStudyDayStart } from '../../src/lib/srs/day';
import type { AnnalsDb } from '../../src/lib/db/schema';
import type { Rating } from '../../src/lib/db/rows';

const NOW = new Date(2026, 0, 10, 12).getTime();
const scheduler = { desiredRetention: 0.9 };

async function seeded(decks = [makeDeck('alpha')]) {
	const db = freshDb();
	await importBundledDecks(
		db,
		decks.map((deck) => ({ deck })),
		{ now: NOW - 1000, version: 'v1' }
	);
	return db;
}

/** Answers whatever comes next until the queue is empty or `max` answers, like a student would. */
async function study(db: AnnalsDb, settings: StudySettings, now: number, rating: Rating, max = 1000) {
	const seen: string[] = [];
	for (let i = 0; i < max; i++) {
		const next = await nextCard(db, {}, now + i, settings);
		if (!next) break;
		seen.push(next.card.id);
		await recordReview(db, { cardId: next.card.id, rating, now: now + i, durationMs: 1000, scheduler });
	}
	return seen;
}

describe('daily limits', () => {
	it('introduces at most the new-card limit per study day, and more the next day', async () => {
		const db = await seeded([makeDeck('alpha', manyFacts(30))]);
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 5 };
		expect(await studyCounts(db, {}, NOW, settings)).toEqual({ newCards: 5, learning: 0, reviews: 0 });
		const seen = await study(db, settings, NOW, 4);
		expect(seen).toHaveLength(5);
		expect(await studyCounts(db, {}, NOW + 10, settings)).toEqual({ newCards: 0, learning: 0, reviews: 0 });
		expect(await limitsReached(db, {}, NOW + 10, settings)).toEqual({
			newCardsWaiting: true,
			reviewsWaiting: false
		});
		const tomorrow = nextStudyDayStart(NOW) + 60_000;
		expect((await studyCounts(db, {}, tomorrow, settings)).newCards).toBe(5);
	});

	it('caps reviews per day but never learning steps', async () => {
		const db = await seeded([makeDeck('alpha', manyFacts(12))]);
		await study(db, { ...DEFAULT_STUDY_SETTINGS, newPerDay: 12 }, NOW, 4);
		const later = NOW + 400 * 86_400_000;
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 0, reviewsPerDay: 4 };
		expect(await studyCounts(db, {}, later, settings)).toEqual({ newCards: 0, learning: 0, reviews: 4 });
		const seen = await study(db, settings, later, 1, 4);
		expect(new Set(seen).size).toBe(4);
		// The 4 forgotten reviews come back as relearning steps although the review limit is used up.
		const counts = await studyCounts(db, {}, later + 100, settings);
		expect(counts.reviews).toBe(0);
		expect(counts.learning).toBe(4);
	});
});

describe('queues', () => {
	it('shows a learning card that is due before new cards', async () => {
		const db = await seeded();
		await recordReview(db, { cardId: 'lenin-death', rating: 1, now: NOW, durationMs: 1, scheduler });
		const later = NOW + 30 * 60_000;
		const next = await nextCard(db, {}, later, DEFAULT_STUDY_SETTINGS);
		expect(next).toMatchObject({ queue: 'learning', card: { id: 'lenin-death' } });
	});

	it('shows a learning card early only when nothing else is left', async () => {
		const db = await seeded([makeDeck('alpha', manyFacts(1))]);
		await recordReview(db, { cardId: 'fact-0', rating: 3, now: NOW, durationMs: 1, scheduler });
		const next = await nextCard(db, {}, NOW + 1000, DEFAULT_STUDY_SETTINGS);
		expect(next).toMatchObject({ queue: 'learning', card: { id: 'fact-0' } });
	});

	it('says when the next card is due once the day is done', async () => {
		const db = await seeded([makeDeck('alpha', manyFacts(1))]);
		const { card } = await recordReview(db, {
			cardId: 'fact-0',
			rating: 4,
			now: NOW,
			durationMs: 1,
			scheduler
		});
		expect(await nextCard(db, {}, NOW + 1000, DEFAULT_STUDY_SETTINGS)).toBeNull();
		expect(await nextDueAt(db, {}, NOW + 1000)).toBe(card.due);
	});

	it('studies only the chosen deck and kind', async () => {
		const db = await seeded([makeDeck('alpha'), makeDeck('beta', manyFacts(3, 'b'))]);
		const officeOnly = await nextCard(db, { deckId: 'alpha', kind: 'office' }, NOW, DEFAULT_STUDY_SETTINGS);
		expect(officeOnly?.card).toMatchObject({ deckId: 'alpha', kind: 'office' });
		const beta = await nextCard(db, { deckId: 'beta' }, NOW, DEFAULT_STUDY_SETTINGS);
		expect(beta?.card.deckId).toBe('beta');
		expect(await studyCounts(db, { kind: 'thesis' }, NOW, DEFAULT_STUDY_SETTINGS)).toEqual({
			newCards: 1,
			learning: 0,
			reviews: 0
		});
	});

	it('lists due cards earliest first, learning before reviews', async () => {
		const db = await seeded([makeDeck('alpha', manyFacts(6))]);
		await study(db, { ...DEFAULT_STUDY_SETTINGS, newPerDay: 6 }, NOW, 4);
		await recordReview(db, {
			cardId: 'fact-2',
			rating: 1,
			now: NOW + 60 * 86_400_000,
			durationMs: 1,
			scheduler
		});
		const due = await dueCards(db, {}, NOW + 60 * 86_400_000 + 3_600_000, 3);
		expect(due).toHaveLength(3);
		expect(due[0].id).toBe('fact-2');
		expect(due[1].due).toBeLessThanOrEqual(due[2].due);
	});

	it('caps the new count of a deck at the daily limit across its kinds', async () => {
		const db = await seeded([makeDeck('alpha')]);
		const [alpha] = await deckOverview(db, ['alpha'], NOW, { ...DEFAULT_STUDY_SETTINGS, newPerDay: 2 });
		expect(alpha.all.newCards).toBe(2);
		expect(alpha.byKind.office.newCards).toBe(2);
		expect(alpha.byKind.date.newCards).toBe(1);
	});

	it('counts each deck by kind for the home screen', async () => {
		const db = await seeded([makeDeck('alpha'), makeDeck('beta', manyFacts(3, 'b'))]);
		const [alpha, beta] = await deckOverview(db, ['alpha', 'beta'], NOW, DEFAULT_STUDY_SETTINGS);
		expect(alpha.byKind.office).toEqual({ newCards: 3, learning: 0, reviews: 0, total: 3 });
		expect(alpha.byKind.thesis.total).toBe(1);
		expect(alpha.all).toEqual({ newCards: 5, learning: 0, reviews: 0, total: 5 });
		expect(beta.byKind.date).toEqual({ newCards: 3, learning: 0, reviews: 0, total: 3 });
		expect(beta.byKind.office.total).toBe(0);
	});
});
