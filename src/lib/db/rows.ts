/**
 * Plain row shapes of the IndexedDB store. Nothing outside src/lib/db imports Dexie; the rest of
 * the app sees only these interfaces and the repository functions.
 */
import type { Card } from '../cards/types';

/** FSRS memory state in Annals' camelCase (ts-fsrs's snake_case is converted in srs/fsrs-card.ts). */
export interface MemoryState {
	/** Epoch ms. */
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	/** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
	state: 0 | 1 | 2 | 3;
	/** Epoch ms of the last review, if any. */
	lastReview?: number;
}

export type StudyQueue = -1 | 0 | 1 | 2 | 3;

export interface DocumentRow {
	/** Stable slug of the document (the deck id). */
	id: string;
	name: string;
	title: string;
	/** The user's original text, unedited, so every quote stays checkable. */
	text: string;
	origin: 'bundled' | 'user';
	addedAt: number;
	generatorVersion: number;
	/** Set when the user deleted it (undo window); rows with deletedAt are hidden. */
	deletedAt?: number;
}

export interface CardRow extends Card {
	deckId: string;
	memory: MemoryState;
	/**
	 * Indexed copies of memory.due / memory.state for queue queries. For a new card `due` is its
	 * introduction order instead (added time + rank by importance), like Anki's "new position".
	 */
	due: number;
	state: 0 | 1 | 2 | 3;
	/**
	 * Which study queue the card is in, derived by `queueOf()` in card-rows.ts whenever a row is written:
	 * -1 when archived, suspended or buried, otherwise `state` (0 new, 1 learning, 2 review, 3 relearning).
	 */
	queue: StudyQueue;
	/** 1 when suspended (IndexedDB cannot index booleans). */
	suspended: 0 | 1;
	/** Epoch ms until which the card is buried; 0 when not buried. */
	buriedUntil: number;
	/** 1 when a regeneration no longer produced this card: hidden but kept with its history. */
	archived: 0 | 1;
	/** The user's own wording, kept across regeneration. */
	userFront?: string;
	userBack?: string;
	addedAt: number;
}

export type Rating = 1 | 2 | 3 | 4;

export interface ReviewLogRow {
	id?: number;
	cardId: string;
	deckId: string;
	kind: Card['kind'];
	rating: Rating;
	/** Epoch ms of the answer. */
	reviewedAt: number;
	/** Time from the card's question shown to the answer, ms. */
	durationMs: number;
	before: MemoryState;
	after: MemoryState;
	/** Sibling cards (same factKey) this answer buried until the next day, so undo can unbury them. */
	buriedSiblings?: string[];
}

export interface SettingRow {
	key: string;
	value: unknown;
}

export interface QuizResultRow {
	id?: number;
	takenAt: number;
	deckIds: string[];
	kinds: Card['kind'][];
	total: number;
	correct: number;
	durationMs: number;
	/** Each question with the user's answer; enough to show the score report again. */
	answers: QuizAnswerRecord[];
	/** The period the test was limited to, if any (added by the quiz; optional). */
	yearFrom?: number;
	yearTo?: number;
	/** The seed the questions were built from, so the same test can be rebuilt. */
	seed?: number;
}

export interface QuizAnswerRecord {
	cardId: string;
	deckId: string;
	kind: Card['kind'];
	questionType: string;
	prompt: string;
	correctAnswer: string;
	given: string;
	correct: boolean;
	overruled: boolean;
	period?: string;
	/** Every card the question asked about (timelines and matching ask about several). */
	cardIds?: string[];
}
