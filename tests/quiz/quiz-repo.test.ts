import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importBundledDecks } from '../../src/lib/db/decks-repo';
import {
	listQuizResults,
	loadQuizCollection,
	quizTrends,
	reviewSooner,
	saveQuizResult,
	updateQuizResult
} from '../../src/lib/db/quiz-repo';
import { recordReview } from '../../src/lib/db/review-repo';
import { AnnalsDb } from '../../src/lib/db/schema';
import { answerQuestion, buildExam, missedCardIds, overrule, toQuizResult } from '../../src/lib/quiz/exam';
import { freshDb } from '../fixtures/db';
import { fixtureDecks } from './cards';

const NOW = new Date(2026, 0, 10, 12).getTime();
const DAY = 86_400_000;

async function seeded() {
	const db = freshDb();
	await importBundledDecks(
		db,
		fixtureDecks().map((deck) => ({ deck })),
		{ now: NOW, version: 'quiz-test' }
	);
	return db;
}

describe('quiz repository', () => {
	it('loads every live card with its deck, and the decks with counts by kind', async () => {
		const db = await seeded();
		const { decks, cards } = await loadQuizCollection(db);
		const fixture = fixtureDecks();
		expect(cards).toHaveLength(fixture.reduce((n, d) => n + d.cards.length, 0));
		const notes = decks.find((d) => d.id === 'power-struggle-after-lenin-notes')!;
		expect(notes.counts.date).toBe(12);
		expect(cards.every((c) => c.deckId && !('memory' in c))).toBe(true);
	});

	it('keeps past tests across reopening the database, newest first, with the trend per deck', async () => {
		const db = await seeded();
		const { cards } = await loadQuizCollection(db);
		const exam = buildExam(cards, {
			deckIds: ['power-struggle-after-lenin-notes'],
			kinds: ['date', 'office'],
			count: 5,
			seed: 3
		});
		const none = exam.questions.map((q) => answerQuestion(q, { type: 'none' }));
		await saveQuizResult(db, toQuizResult(exam, none, NOW - DAY, 1000));
		const id = await saveQuizResult(db, toQuizResult(exam, none, NOW, 1000));
		const typed = none.findIndex((a) => a.question.type === 'typed');
		const turned = none.map((a, i) => (i === typed ? overrule(a) : a));
		await updateQuizResult(db, { ...toQuizResult(exam, turned, NOW, 1000), id });
		db.close();
		const reopened = new AnnalsDb(db.name);
		const results = await listQuizResults(reopened);
		expect(results.map((r) => r.takenAt)).toEqual([NOW, NOW - DAY]);
		expect(results[0].correct).toBe(typed >= 0 ? 1 : 0);
		const trend = (await quizTrends(reopened)).get('power-struggle-after-lenin-notes')!;
		expect(trend.map((p) => p.takenAt)).toEqual([NOW - DAY, NOW]);
	});

	it('moves missed cards forward only when asked, without inventing a rating', async () => {
		const db = await seeded();
		const { cards } = await loadQuizCollection(db);
		const reviewed = cards.find((c) => c.kind === 'date')!;
		await recordReview(db, {
			cardId: reviewed.id,
			rating: 3,
			now: NOW,
			durationMs: 1000,
			scheduler: { desiredRetention: 0.9 }
		});
		const before = await db.cards.get(reviewed.id);
		expect(before!.due).toBeGreaterThan(NOW + 60_000);
		const logBefore = await db.reviewLog.count();

		const exam = buildExam(cards, { deckIds: [reviewed.deckId], kinds: ['date'], count: 40, seed: 1 });
		const answers = exam.questions.map((q) => answerQuestion(q, { type: 'none' }));
		await saveQuizResult(db, toQuizResult(exam, answers, NOW, 1));
		expect((await db.cards.get(reviewed.id))!.due).toBe(before!.due);

		const missed = missedCardIds(answers);
		expect(missed).toContain(reviewed.id);
		const later = NOW + 1000;
		const moved = await reviewSooner(db, missed, later);
		expect(moved).toBe(missed.length);
		const after = (await db.cards.get(reviewed.id))!;
		expect(after.due).toBe(later);
		expect(after.memory.stability).toBe(before!.memory.stability);
		expect(await db.reviewLog.count()).toBe(logBefore);
	});
});
