/**
 * A thin, pure layer over ts-fsrs: given a card's memory state, a rating and the time, the next state.
 * Fuzz stays on (ts-fsrs seeds it from the review time and the card's history, so results are
 * reproducible for a given `now`); it spreads cards learned together over neighbouring days.
 */
import { fsrs, generatorParameters, type FSRS, type Grade } from 'ts-fsrs';
import type { MemoryState, Rating } from '../db/rows';
import { fromFsrsCard, toFsrsCard } from './fsrs-card';

export interface SchedulerOptions {
	desiredRetention: number;
	/** Off only in tests that compare exact intervals. */
	enableFuzz?: boolean;
	/** The student's fitted FSRS-6 parameters (21 numbers), accepted on the statistics screen; defaults otherwise. */
	weights?: readonly number[];
}

export const RATINGS: readonly Rating[] = [1, 2, 3, 4];
export const RATING_NAMES: Record<Rating, 'Again' | 'Hard' | 'Good' | 'Easy'> = {
	1: 'Again',
	2: 'Hard',
	3: 'Good',
	4: 'Easy'
};

const schedulers = new Map<string, FSRS>();

function schedulerFor(options: SchedulerOptions): FSRS {
	const fuzz = options.enableFuzz ?? true;
	const key = `${options.desiredRetention}|${fuzz}|${options.weights?.join(',') ?? ''}`;
	let scheduler = schedulers.get(key);
	if (!scheduler) {
		const w = options.weights ? [...options.weights] : undefined;
		scheduler = fsrs(
			generatorParameters({ request_retention: options.desiredRetention, enable_fuzz: fuzz, w })
		);
		schedulers.set(key, scheduler);
	}
	return scheduler;
}

/** The memory state after answering `rating` at `now`. */
export function answerCard(
	memory: MemoryState,
	rating: Rating,
	now: number,
	options: SchedulerOptions
): MemoryState {
	const result = schedulerFor(options).next(toFsrsCard(memory), new Date(now), rating as Grade);
	return fromFsrsCard(result.card);
}

export interface IntervalPreview {
	rating: Rating;
	name: 'Again' | 'Hard' | 'Good' | 'Easy';
	/** Epoch ms the card would next be due. */
	due: number;
	/** Short label like "10m", "1d", "4mo". */
	label: string;
}

/** What each of the four buttons would do to this card now. */
export function previewIntervals(
	memory: MemoryState,
	now: number,
	options: SchedulerOptions
): IntervalPreview[] {
	const preview = schedulerFor(options).repeat(toFsrsCard(memory), new Date(now));
	return RATINGS.map((rating) => {
		const due = preview[rating as Grade].card.due.getTime();
		return { rating, name: RATING_NAMES[rating], due, label: formatInterval(due - now) };
	});
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Anki-style compact interval: "<1m", "10m", "3h", "4d", "2mo", "1.5y". */
export function formatInterval(ms: number): string {
	if (ms < MINUTE) return '<1m';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${trimmed(days / 30)}mo`;
	return `${trimmed(days / 365)}y`;
}

function trimmed(value: number): string {
	return value < 10 ? String(Math.round(value * 10) / 10) : String(Math.round(value));
}
