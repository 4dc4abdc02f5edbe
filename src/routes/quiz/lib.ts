/**
 * Wiring between the quiz screens and the pure quiz core: the choices on the setup form, the clock and
 * the seed (only routes and db/ read them), and small formatting helpers.
 */
import type { CardKind } from '$lib/cards/types';
import type { QuizDeck } from '$lib/db/quiz-repo';
import type { ExamOptions } from '$lib/quiz/exam';
import { QUESTION_TYPES, type Question, type QuestionType, type Response } from '$lib/quiz/types';

export const KINDS: { kind: CardKind; label: string }[] = [
	{ kind: 'date', label: 'Dates' },
	{ kind: 'office', label: 'Offices' },
	{ kind: 'thesis', label: 'Theses' }
];

/** Minutes; 0 means no limit. */
export const TIME_LIMITS = [0, 5, 10, 15, 20, 30, 45, 60];

export interface SetupChoice {
	deckIds: string[];
	kinds: CardKind[];
	types: QuestionType[];
	yearFrom: string;
	yearTo: string;
	count: number;
	timeLimitMinutes: number;
}

export function defaultChoice(decks: readonly QuizDeck[]): SetupChoice {
	return {
		deckIds: decks.map((d) => d.id),
		kinds: KINDS.map((k) => k.kind),
		types: [...QUESTION_TYPES],
		yearFrom: '',
		yearTo: '',
		count: 10,
		timeLimitMinutes: 0
	};
}

function year(text: string): number | undefined {
	const n = Number.parseInt(text.trim(), 10);
	return Number.isFinite(n) ? n : undefined;
}

/** A fresh seed per test: the clock is read here, never in the core. */
export function newSeed(): number {
	return Date.now() % 2_147_483_647;
}

export function examOptions(choice: SetupChoice, seed: number): ExamOptions {
	return {
		deckIds: choice.deckIds,
		kinds: choice.kinds,
		types: choice.types,
		yearFrom: year(choice.yearFrom),
		yearTo: year(choice.yearTo),
		count: Math.max(1, Math.min(100, Math.round(choice.count) || 10)),
		timeLimitMinutes: choice.timeLimitMinutes || undefined,
		seed
	};
}

/** What is wrong with the choices, in words, or undefined when a test can be built. */
export function choiceProblem(choice: SetupChoice): string | undefined {
	if (!choice.deckIds.length) return 'Choose at least one document.';
	if (!choice.kinds.length) return 'Choose at least one kind of card.';
	if (!choice.types.length) return 'Choose at least one type of question.';
	const from = year(choice.yearFrom);
	const to = year(choice.yearTo);
	if (choice.yearFrom.trim() && from === undefined) return 'The first year of the period is not a year.';
	if (choice.yearTo.trim() && to === undefined) return 'The last year of the period is not a year.';
	if (from !== undefined && to !== undefined && from > to) return 'The period ends before it starts.';
	return undefined;
}

/** The response a question starts with: nothing chosen, or the order as shown. */
export function emptyResponse(question: Question): Response {
	switch (question.type) {
		case 'multiple-choice':
		case 'true-false':
			return { type: 'none' };
		case 'typed':
			return { type: 'text', text: '' };
		case 'timeline':
		case 'succession':
			return { type: 'order', ids: question.items.map((i) => i.id) };
		case 'office-matching':
			return { type: 'matching', personByOffice: question.offices.map(() => null) };
	}
}

export function percent(correct: number, total: number): number {
	return total ? Math.round((correct / total) * 100) : 0;
}

export function clock(ms: number): string {
	const seconds = Math.max(0, Math.ceil(ms / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function formatTakenAt(epochMs: number): string {
	return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Moves one item of an ordering by `delta` places, returning a new array. */
export function moveItem<T>(items: readonly T[], from: number, delta: number): T[] {
	const to = from + delta;
	if (to < 0 || to >= items.length) return [...items];
	const out = [...items];
	const [moved] = out.splice(from, 1);
	out.splice(to, 0, moved);
	return out;
}
