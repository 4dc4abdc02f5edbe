/**
 * Pure rules of the daily study queue (Anki's, in spirit): learning cards first and never limited,
 * review and new cards capped per study day, new cards spread evenly among the reviews.
 */
import type { MemoryState } from '../db/rows';
import type { StudySettings } from './settings';
import { studyDayStart } from './day';

/** When nothing else is left, learning cards due within this window are shown early (Anki's default). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface DoneToday {
	/** New cards answered for the first time this study day. */
	newCards: number;
	/** Review-state cards answered this study day. */
	reviews: number;
}

/** Counts today's work from log entries (only `reviewedAt` and the state before the answer matter). */
export function countDoneToday(
	logs: Iterable<{ reviewedAt: number; before: Pick<MemoryState, 'state'> }>,
	now: number
): DoneToday {
	const start = studyDayStart(now);
	const done: DoneToday = { newCards: 0, reviews: 0 };
	for (const log of logs) {
		if (log.reviewedAt < start || log.reviewedAt > now) continue;
		if (log.before.state === 0) done.newCards++;
		else if (log.before.state === 2) done.reviews++;
	}
	return done;
}

export interface Allowance {
	newCards: number;
	reviews: number;
}

/** How many more new and review cards today's limits allow. */
export function remainingAllowance(settings: StudySettings, done: DoneToday): Allowance {
	return {
		newCards: Math.max(0, settings.newPerDay - done.newCards),
		reviews: Math.max(0, settings.reviewsPerDay - done.reviews)
	};
}

export type QueueName = 'learning' | 'review' | 'new';

export interface QueueState {
	/** Learning/relearning cards due now. */
	learningDue: number;
	/** Review cards available today, already capped by the allowance. */
	reviews: number;
	/** New cards available today, already capped by the allowance. */
	newCards: number;
	done: DoneToday;
}

/**
 * Which queue the next card comes from. Learning cards due now always go first (their steps are minutes
 * long). Between reviews and new cards, the one whose share of today's work is further behind goes next,
 * which spreads new cards evenly through the reviews without keeping any session state.
 */
export function chooseNextQueue(q: QueueState): QueueName | null {
	if (q.learningDue > 0) return 'learning';
	if (q.reviews === 0 && q.newCards === 0) return null;
	if (q.newCards === 0) return 'review';
	if (q.reviews === 0) return 'new';
	const newProgress = q.done.newCards / (q.done.newCards + q.newCards);
	const reviewProgress = q.done.reviews / (q.done.reviews + q.reviews);
	return newProgress < reviewProgress ? 'new' : 'review';
}
