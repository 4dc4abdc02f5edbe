/** The questions a quiz asks and the answers a student gives. Plain data: stored, replayed, tested. */
import type { CardKind, CardSource } from '../cards/types';
import type { CardDate } from '../cards/types';
import type { AnswerType } from './facts';

export type QuestionType =
	'multiple-choice' | 'typed' | 'true-false' | 'timeline' | 'office-matching' | 'succession';

export const QUESTION_TYPES: QuestionType[] = [
	'multiple-choice',
	'typed',
	'true-false',
	'timeline',
	'office-matching',
	'succession'
];

/** Names users see for each question type. */
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
	'multiple-choice': 'Multiple choice',
	typed: 'Typed answer',
	'true-false': 'True or false',
	timeline: 'Timeline',
	'office-matching': 'Office matching',
	succession: 'Succession'
};

interface QuestionBase {
	/** Stable within one quiz: type plus the cards it asks about. */
	id: string;
	type: QuestionType;
	/** Every card the question asks about (several for timelines and matching). */
	cardIds: string[];
	deckId: string;
	kind: CardKind;
	/** Decade label for the report ("1920s") or "undated". */
	period: string;
	prompt: string;
	/** The answer as the report shows it. */
	correctAnswer: string;
	/** Passages the answer comes from. */
	sources: CardSource[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
	type: 'multiple-choice';
	answerType: AnswerType;
	options: string[];
	answerIndex: number;
}

export interface TypedQuestion extends QuestionBase {
	type: 'typed';
	answerType: 'date' | 'person' | 'office';
	date?: CardDate;
	/** Other people the collection knows: typing one of their exact surnames is never accepted. */
	otherPeople?: string[];
	/** What to type, e.g. "a date (day, month and year)". */
	hint: string;
	/** Other answers cards or sources give to the same question: accepted too. */
	alternatives?: string[];
	/** Other dates cards or sources give for the same fact, at their own precision. */
	altDates?: CardDate[];
}

export interface TrueFalseQuestion extends QuestionBase {
	type: 'true-false';
	/** The question the statement answers, and the answer it claims. */
	statement: { question: string; answer: string };
	truth: boolean;
}

export interface OrderItem {
	id: string;
	label: string;
	/** Shown after the answer: when it happened. */
	dateLabel: string;
}

export interface TimelineQuestion extends QuestionBase {
	type: 'timeline';
	/** In the (shuffled) order shown to the student. */
	items: OrderItem[];
	correctOrder: string[];
}

export interface SuccessionQuestion extends QuestionBase {
	type: 'succession';
	office: string;
	items: OrderItem[];
	correctOrder: string[];
}

export interface OfficeMatchingQuestion extends QuestionBase {
	type: 'office-matching';
	/** The posts, one row each. */
	offices: string[];
	/** The people to choose from (shuffled); `answer[i]` is the index of the person who held post i. */
	persons: string[];
	answer: number[];
}

export type Question =
	| MultipleChoiceQuestion
	| TypedQuestion
	| TrueFalseQuestion
	| TimelineQuestion
	| SuccessionQuestion
	| OfficeMatchingQuestion;

export type Response =
	| { type: 'choice'; index: number }
	| { type: 'text'; text: string }
	| { type: 'bool'; value: boolean }
	| { type: 'order'; ids: string[] }
	| { type: 'matching'; personByOffice: (number | null)[] }
	| { type: 'none' };

export interface Grade {
	correct: boolean;
	/** The answer as given, in words for the report. */
	given: string;
	/** Why, when it helps: "accepted with a small typo", "the day was asked". */
	note?: string;
}
