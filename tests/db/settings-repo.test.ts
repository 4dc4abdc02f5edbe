import { describe, expect, it } from 'vitest';
import { freshDb } from '../fixtures/db';
import { makeDeck } from '../fixtures/decks';
import { importBundledDecks } from '../../src/lib/db/decks-repo';
import { recordReview, setSuspended } from '../../src/lib/db/review-repo';
import { getStudySettings, resetLearningProgress, saveStudySettings } from '../../src/lib/db/settings-repo';
import { DEFAULT_STUDY_SETTINGS } from '../../src/lib/srs/settings';

const NOW = new Date(2026, 0, 10, 12).getTime();

describe('study settings', () => {
	it('start at the defaults and keep what the student saves, clamped', async () => {
		const db = freshDb();
		expect(await getStudySettings(db)).toEqual(DEFAULT_STUDY_SETTINGS);
		await saveStudySettings(db, { newPerDay: 35, desiredRetention: 0.99 });
		expect(await getStudySettings(db)).toEqual({ newPerDay: 35, reviewsPerDay: 200, desiredRetention: 0.97 });
	});
});

describe('resetting learning progress', () => {
	it('makes every card new again and clears the history, keeping texts and documents', async () => {
		const db = freshDb();
		await importBundledDecks(db, [{ deck: makeDeck('alpha') }], { now: NOW, version: 'v1' });
		await recordReview(db, {
			cardId: 'kalinin-chair',
			rating: 4,
			now: NOW,
			durationMs: 1,
			scheduler: { desiredRetention: 0.9 }
		});
		await setSuspended(db, 'lenin-death', true, NOW);
		expect(await resetLearningProgress(db, NOW + 1)).toBe(5);
		const cards = await db.cards.toArray();
		expect(cards.every((c) => c.state === 0 && c.queue === 0 && c.memory.reps === 0)).toBe(true);
		expect(await db.reviewLog.count()).toBe(0);
		expect(await db.documents.count()).toBe(1);
	});
});
