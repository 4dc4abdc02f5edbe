/**
 * The practice test: choose documents, kinds, a period and a size; the questions are mixed from every
 * type; the report scores them and breaks the score down by document, kind and period.
 */
import type { CardKind, CardSource } from '../cards/types';
import type { QuizAnswerRecord, QuizResultRow } from '../db/rows';
import { answerType, buildFactIndex, cardYear, type FactIndex, type QuizCard } from './facts';
import { gradeResponse } from './grade';
import {
	multipleChoice,
	officeMatchings,
	onePerFact,
	successions,
	timelines,
	trueFalse,
	typedQuestion
} from './questions';
import { seededRng, shuffle } from './random';
import { QUESTION_TYPES, type Grade, type Question, type QuestionType, type Response } from './types';

export interface ExamOptions {
	deckIds: string[];
	kinds: CardKind[];
	/** Inclusive year range; cards without a year are left out when either end is set. */
	yearFrom?: number;
	yearTo?: number;
	count: number;
	types?: QuestionType[];
	timeLimitMinutes?: number;
	seed: number;
}

export interface Exam {
	options: ExamOptions;
	questions: Question[];
	/** How many cards matched the choices (before questions were made). */
	matchingCards: number;
}

/** Cards the choices select: the documents, kinds and period the student picked. */
export function selectCards(
	cards: readonly QuizCard[],
	options: Omit<ExamOptions, 'count' | 'seed'>
): QuizCard[] {
	const decks = new Set(options.deckIds);
	const kinds = new Set(options.kinds);
	return cards.filter((card) => {
		if (!decks.has(card.deckId) || !kinds.has(card.kind)) return false;
		if (options.yearFrom === undefined && options.yearTo === undefined) return true;
		const year = cardYear(card);
		if (year === undefined) return false;
		return year >= (options.yearFrom ?? -Infinity) && year <= (options.yearTo ?? Infinity);
	});
}

/** The share of each type in a mixed test: mostly single facts, some ordering and matching. */
const MIX: QuestionType[] = [
	'multiple-choice',
	'typed',
	'true-false',
	'multiple-choice',
	'timeline',
	'multiple-choice',
	'true-false',
	'typed',
	'office-matching',
	'succession'
];

type Maker = () => Question | undefined;

function singleCardMakers(index: FactIndex, cards: QuizCard[], type: QuestionType, seed: number): Maker {
	const rng = seededRng(seed);
	const queue = shuffle(cards, rng);
	return () => {
		while (queue.length) {
			const card = queue.shift()!;
			const q =
				type === 'multiple-choice'
					? multipleChoice(index, card, rng)
					: type === 'typed'
						? typedQuestion(index, card)
						: trueFalse(index, card, rng);
			if (q) return q;
		}
		return undefined;
	};
}

/**
 * Build a practice test. `allCards` is the whole collection: distractors and swapped facts are
 * checked against every document, not only the chosen ones.
 */
export function buildExam(
	allCards: readonly QuizCard[],
	options: ExamOptions,
	index = buildFactIndex(allCards)
): Exam {
	const selected = selectCards(allCards, options);
	const facts = onePerFact(selected).filter((c) => answerType(c));
	const rng = seededRng(options.seed);
	const allowed = new Set(options.types?.length ? options.types : QUESTION_TYPES);
	const multi: Partial<Record<QuestionType, Question[]>> = {
		timeline: allowed.has('timeline') ? timelines(selected, rng) : [],
		'office-matching': allowed.has('office-matching') ? officeMatchings(index, selected, rng) : [],
		succession: allowed.has('succession') ? successions(selected, rng) : []
	};
	// Plan the share of each type, then fill the scarce multi-card questions first so single-card
	// questions do not use up their cards; a type that runs short hands its turns to the others.
	const plan = MIX.filter((t) => allowed.has(t));
	const turns = plan.length ? Array.from({ length: options.count }, (_, i) => plan[i % plan.length]) : [];
	const used = new Set<string>();
	const chosen = new Map<number, Question>();
	const take = (q: Question) => q.cardIds.every((id) => !used.has(id));
	const multiQueues = new Map<QuestionType, Question[]>();
	for (const type of ['timeline', 'office-matching', 'succession'] as const) {
		multiQueues.set(type, shuffle(multi[type] ?? [], rng));
	}
	turns.forEach((type, turn) => {
		const queue = multiQueues.get(type);
		if (!queue) return;
		let q: Question | undefined;
		while ((q = queue.shift()) && !take(q));
		if (!q) return;
		for (const id of q.cardIds) used.add(id);
		chosen.set(turn, q);
	});
	const makers = new Map<QuestionType, Maker>();
	for (const type of ['multiple-choice', 'typed', 'true-false'] as const) {
		if (allowed.has(type)) makers.set(type, singleCardMakers(index, facts, type, options.seed + type.length));
	}
	const nextOf = (type: QuestionType): Question | undefined => {
		const maker = makers.get(type);
		let q: Question | undefined;
		// Each fact is asked once per test, whatever the question type.
		while (maker && (q = maker()) && !take(q));
		return q;
	};
	const fallbacks = (['multiple-choice', 'true-false', 'typed'] as const).filter((t) => allowed.has(t));
	turns.forEach((type, turn) => {
		if (chosen.has(turn)) return;
		let q = nextOf(type);
		for (const other of fallbacks) q ??= nextOf(other);
		if (!q) return;
		for (const id of q.cardIds) used.add(id);
		chosen.set(turn, q);
	});
	const questions = [...chosen.entries()].sort((x, y) => x[0] - y[0]).map(([, q]) => q);
	return { options, questions, matchingCards: selected.length };
}

export interface AnsweredQuestion {
	question: Question;
	response: Response;
	grade: Grade;
	/** The student said "I was right" and the grade was turned. */
	overruled?: boolean;
}

export function answerQuestion(question: Question, response: Response): AnsweredQuestion {
	return { question, response, grade: gradeResponse(question, response) };
}

/** "I was right": the student's word over the lenient grader, recorded as such. */
export function overrule(answer: AnsweredQuestion): AnsweredQuestion {
	return { ...answer, grade: { ...answer.grade, correct: true }, overruled: true };
}

export interface ScoreLine {
	key: string;
	label: string;
	correct: number;
	total: number;
}

export interface Miss {
	question: Question;
	given: string;
	correctAnswer: string;
	sources: CardSource[];
	canOverrule: boolean;
}

export interface ScoreReport {
	correct: number;
	total: number;
	byDocument: ScoreLine[];
	byKind: ScoreLine[];
	byPeriod: ScoreLine[];
	misses: Miss[];
}

const KIND_LABELS: Record<CardKind, string> = { date: 'Dates', office: 'Offices', thesis: 'Theses' };

function breakdown(
	answers: readonly AnsweredQuestion[],
	keyOf: (q: Question) => string,
	labelOf: (key: string) => string
): ScoreLine[] {
	const lines = new Map<string, ScoreLine>();
	for (const a of answers) {
		const key = keyOf(a.question);
		const line = lines.get(key) ?? { key, label: labelOf(key), correct: 0, total: 0 };
		line.total += 1;
		if (a.grade.correct) line.correct += 1;
		lines.set(key, line);
	}
	return [...lines.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/** Score the test; `deckTitles` names the documents in the breakdown. */
export function scoreExam(
	answers: readonly AnsweredQuestion[],
	deckTitles: ReadonlyMap<string, string>
): ScoreReport {
	return {
		correct: answers.filter((a) => a.grade.correct).length,
		total: answers.length,
		byDocument: breakdown(
			answers,
			(q) => q.deckId,
			(k) => deckTitles.get(k) ?? k
		),
		byKind: breakdown(
			answers,
			(q) => q.kind,
			(k) => KIND_LABELS[k as CardKind] ?? k
		),
		byPeriod: breakdown(
			answers,
			(q) => q.period,
			(k) => (k === 'undated' ? 'Undated' : k)
		),
		misses: answers
			.filter((a) => !a.grade.correct)
			.map((a) => ({
				question: a.question,
				given: a.grade.given,
				correctAnswer: a.question.correctAnswer,
				sources: a.question.sources,
				canOverrule:
					a.question.type === 'typed' && a.response.type === 'text' && a.response.text.trim() !== ''
			}))
	};
}

/** The prompt as the history shows it (a true/false question with its statement). */
function promptText(q: Question): string {
	return q.type === 'true-false' ? `${q.statement.question} — ${q.statement.answer}` : q.prompt;
}

/** The test as stored in IndexedDB: enough to show the score and every answer again. */
export function toQuizResult(
	exam: Exam,
	answers: readonly AnsweredQuestion[],
	takenAt: number,
	durationMs: number
): QuizResultRow {
	const records: QuizAnswerRecord[] = answers.map((a) => ({
		cardId: a.question.cardIds[0],
		deckId: a.question.deckId,
		kind: a.question.kind,
		questionType: a.question.type,
		prompt: promptText(a.question),
		correctAnswer: a.question.correctAnswer,
		given: a.grade.given,
		correct: a.grade.correct,
		overruled: a.overruled ?? false,
		period: a.question.period,
		cardIds: a.question.cardIds
	}));
	return {
		takenAt,
		deckIds: [...exam.options.deckIds],
		kinds: [...exam.options.kinds],
		total: answers.length,
		correct: answers.filter((a) => a.grade.correct).length,
		durationMs,
		answers: records,
		yearFrom: exam.options.yearFrom,
		yearTo: exam.options.yearTo,
		seed: exam.options.seed
	};
}

/** Cards behind the missed questions, for "Review these". */
export function missedCardIds(answers: readonly AnsweredQuestion[]): string[] {
	return [...new Set(answers.filter((a) => !a.grade.correct).flatMap((a) => a.question.cardIds))];
}

export interface TrendPoint {
	takenAt: number;
	correct: number;
	total: number;
}

/** Per deck, the score of each past test that asked about it, oldest first. */
export function trendByDeck(results: readonly QuizResultRow[]): Map<string, TrendPoint[]> {
	const trend = new Map<string, TrendPoint[]>();
	for (const result of [...results].sort((a, b) => a.takenAt - b.takenAt)) {
		const perDeck = new Map<string, TrendPoint>();
		for (const answer of result.answers) {
			const point = perDeck.get(answer.deckId) ?? { takenAt: result.takenAt, correct: 0, total: 0 };
			point.total += 1;
			if (answer.correct) point.correct += 1;
			perDeck.set(answer.deckId, point);
		}
		for (const [deckId, point] of perDeck) trend.set(deckId, [...(trend.get(deckId) ?? []), point]);
	}
	return trend;
}
