/**
 * What the statistics read and what they return. The inputs are the slices of the stored rows the
 * numbers need, so the worker can pass plain objects and tests can build them by hand.
 */
import type { CardKind } from '../cards/types';
import type { CardRow, MemoryState, ReviewLogRow } from '../db/rows';

export type StatsReview = Pick<
	ReviewLogRow,
	'cardId' | 'deckId' | 'kind' | 'rating' | 'reviewedAt' | 'durationMs'
> & { before: Pick<MemoryState, 'state' | 'scheduledDays'> };

export type StatsCard = Pick<CardRow, 'id' | 'deckId' | 'kind' | 'state' | 'suspended' | 'archived'> & {
	memory: Pick<MemoryState, 'due' | 'stability' | 'difficulty' | 'lastReview' | 'state'>;
};

export interface StatsOptions {
	now: number;
	/** Local hour at which a study day starts (4 am, as the scheduler uses). */
	rolloverHour: number;
	/** Days shown in the heatmap, counting today. */
	heatmapDays?: number;
	/** Days in the due forecast, counting today. */
	forecastDays?: number;
	/** Weeks of true retention, counting this one. */
	retentionWeeks?: number;
	/** Days of time studied, counting today. */
	timeDays?: number;
}

export interface DayCount {
	/** Epoch ms of the start of the study day. */
	start: number;
	count: number;
}

export interface PassRate {
	passed: number;
	total: number;
	/** passed / total, or null when there was nothing to count (never NaN). */
	rate: number | null;
}

export interface WeekRetention {
	start: number;
	mature: PassRate;
	young: PassRate;
}

/** Counts of Again, Hard, Good, Easy (index 0..3). */
export type ButtonCounts = [number, number, number, number];

export interface GroupForgetting {
	/** The kind or deck id. */
	key: string;
	reviews: number;
	/** Answers to cards in the review state (the ones that could be forgotten after an interval). */
	reviewStateAnswers: number;
	/** Again on a card in the review state. */
	lapses: number;
	/** lapses / reviewStateAnswers, or null. */
	lapseRate: number | null;
}

export interface StatsSummary {
	totalReviews: number;
	today: { reviews: number; ms: number };
	heatmap: { days: DayCount[]; max: number; activeDays: number };
	forecast: { days: DayCount[]; overdue: number; total: number };
	retention: { weeks: WeekRetention[]; mature: PassRate; young: PassRate };
	states: { new: number; learning: number; review: number; suspended: number; total: number };
	/** Answers by the state the card was in: learning (new, learning, relearning) or review. */
	buttons: { learning: ButtonCounts; review: ButtonCounts };
	timePerDay: { days: { start: number; ms: number }[]; totalMs: number };
	byKind: GroupForgetting[];
	byDeck: GroupForgetting[];
	/** The kind with the highest lapse rate (at least one review-state answer), or null. */
	forgottenMost: CardKind | null;
}
