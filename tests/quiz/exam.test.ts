import { describe, expect, it } from 'vitest';
import {
	answerQuestion,
	buildExam,
	missedCardIds,
	overrule,
	scoreExam,
	selectCards,
	toQuizResult,
	trendByDeck,
	type AnsweredQuestion
} from '../../src/lib/quiz/exam';
import type { Question, Response } from '../../src/lib/quiz/types';
import { fixtureDecks, quizCards } from './cards';

const decks = fixtureDecks();
const cards = quizCards(decks);
const allDecks = decks.map((d) => d.id);
const titles = new Map(decks.map((d) => [d.id, d.title]));

/** The right response to any question, as a student who knows everything would give it. */
function rightResponse(q: Question): Response {
	switch (q.type) {
		case 'multiple-choice':
			return { type: 'choice', index: q.answerIndex };
		case 'typed':
			return { type: 'text', text: q.correctAnswer };
		case 'true-false':
			return { type: 'bool', value: q.truth };
		case 'timeline':
		case 'succession':
			return { type: 'order', ids: q.correctOrder };
		case 'office-matching':
			return { type: 'matching', personByOffice: q.answer };
	}
}

describe('practice test', () => {
	const options = { deckIds: allDecks, kinds: ['date', 'office', 'thesis'] as const, count: 12, seed: 11 };

	it('asks the number of questions chosen, mixing types, each fact at most once', () => {
		const exam = buildExam(cards, { ...options, kinds: [...options.kinds] });
		expect(exam.questions).toHaveLength(12);
		const types = new Set(exam.questions.map((q) => q.type));
		for (const t of ['multiple-choice', 'typed', 'true-false', 'timeline', 'office-matching'])
			expect(types).toContain(t);
		const ids = exam.questions.flatMap((q) => q.cardIds);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('is the same test for the same seed', () => {
		const a = buildExam(cards, { ...options, kinds: [...options.kinds] });
		const b = buildExam(cards, { ...options, kinds: [...options.kinds] });
		expect(b.questions).toEqual(a.questions);
		expect(buildExam(cards, { ...options, kinds: [...options.kinds], seed: 12 }).questions).not.toEqual(
			a.questions
		);
	});

	it('keeps to the documents, kinds and period chosen', () => {
		const chosen = selectCards(cards, {
			deckIds: ['power-struggle-after-lenin-notes'],
			kinds: ['date'],
			yearFrom: 1924,
			yearTo: 1926
		});
		expect(chosen.length).toBeGreaterThan(3);
		for (const c of chosen) {
			expect(c.deckId).toBe('power-struggle-after-lenin-notes');
			expect(c.kind).toBe('date');
			expect(Number(c.date!.iso.slice(0, 4))).toBeGreaterThanOrEqual(1924);
			expect(Number(c.date!.iso.slice(0, 4))).toBeLessThanOrEqual(1926);
		}
		const exam = buildExam(cards, {
			deckIds: ['power-struggle-after-lenin-notes'],
			kinds: ['date'],
			yearFrom: 1924,
			yearTo: 1926,
			count: 30,
			seed: 1
		});
		expect(exam.questions.length).toBeGreaterThan(0);
		for (const q of exam.questions) for (const id of q.cardIds) expect(chosen.map((c) => c.id)).toContain(id);
	});

	it('scores all right answers as right and breaks the score down by document, kind and period', () => {
		const exam = buildExam(cards, { ...options, kinds: [...options.kinds] });
		const answers = exam.questions.map((q) => answerQuestion(q, rightResponse(q)));
		const report = scoreExam(answers, titles);
		expect(report.correct).toBe(12);
		expect(report.misses).toEqual([]);
		expect(report.byDocument.reduce((n, l) => n + l.total, 0)).toBe(12);
		expect(report.byKind.reduce((n, l) => n + l.total, 0)).toBe(12);
		expect(report.byPeriod.reduce((n, l) => n + l.total, 0)).toBe(12);
	});

	it('reports every miss with its correct answer and source passage, and lets a typed miss be overruled', () => {
		const exam = buildExam(cards, { ...options, kinds: [...options.kinds] });
		const firstTyped = exam.questions.findIndex((q) => q.type === 'typed');
		expect(firstTyped).toBeGreaterThanOrEqual(0);
		// Right on odd turns, a wrong typed name on the first typed question, nothing elsewhere.
		const answers: AnsweredQuestion[] = exam.questions.map((q, i) =>
			answerQuestion(
				q,
				i === firstTyped ? { type: 'text', text: 'Napoleon' } : i % 2 ? rightResponse(q) : { type: 'none' }
			)
		);
		const expected = exam.questions.filter((_, i) => i !== firstTyped && i % 2 === 1).length;
		const report = scoreExam(answers, titles);
		expect(report.correct).toBe(expected);
		expect(report.misses).toHaveLength(12 - expected);
		for (const miss of report.misses) {
			expect(miss.correctAnswer.length).toBeGreaterThan(0);
			expect(miss.sources[0].quote.length).toBeGreaterThan(0);
		}
		expect(report.misses.filter((m) => m.canOverrule).map((m) => m.question.id)).toEqual([
			exam.questions[firstTyped].id
		]);
		const turned = answers.map((a, i) => (i === firstTyped ? overrule(a) : a));
		expect(scoreExam(turned, titles).correct).toBe(expected + 1);
		const row = toQuizResult(exam, turned, 1_000, 60_000);
		expect(row.correct).toBe(expected + 1);
		expect(row.answers[firstTyped].overruled).toBe(true);
		expect(missedCardIds(turned).length).toBeGreaterThanOrEqual(5);
	});

	it('shows the trend of each deck across tests, oldest first', () => {
		const exam = buildExam(cards, { ...options, kinds: [...options.kinds] });
		const bad = exam.questions.map((q) => answerQuestion(q, { type: 'none' }));
		const good = exam.questions.map((q) => answerQuestion(q, rightResponse(q)));
		const trend = trendByDeck([toQuizResult(exam, good, 2_000, 1), toQuizResult(exam, bad, 1_000, 1)]);
		for (const points of trend.values()) {
			expect(points.map((p) => p.takenAt)).toEqual([1_000, 2_000]);
			expect(points[0].correct).toBe(0);
			expect(points[1].correct).toBe(points[1].total);
		}
	});
});
