/**
 * Every number on the statistics screen, computed in one pass over the review log and one over the
 * cards. Pure: the clock and the day boundary come in as arguments. Ratios with nothing to count are
 * null (shown as "—"), never NaN.
 */
import type { CardKind } from '../cards/types';
import { dayCalendar, dayOffset, dayStartAt } from './days';
import type {
	ButtonCounts,
	DayCount,
	GroupForgetting,
	PassRate,
	StatsCard,
	StatsOptions,
	StatsReview,
	StatsSummary,
	WeekRetention
} from './types';

/** Anki calls a card mature once its interval reaches 21 days; true retention is measured on those. */
export const MATURE_INTERVAL_DAYS = 21;
export const CARD_KINDS: readonly CardKind[] = ['date', 'office', 'thesis'];

export function passRate(passed: number, total: number): PassRate {
	return { passed, total, rate: total > 0 ? passed / total : null };
}

interface GroupTally {
	reviews: number;
	reviewStateAnswers: number;
	lapses: number;
}

function tally(groups: Map<string, GroupTally>, key: string, review: StatsReview): void {
	let group = groups.get(key);
	if (!group) {
		group = { reviews: 0, reviewStateAnswers: 0, lapses: 0 };
		groups.set(key, group);
	}
	group.reviews++;
	if (review.before.state === 2) {
		group.reviewStateAnswers++;
		if (review.rating === 1) group.lapses++;
	}
}

function forgetting(groups: Map<string, GroupTally>, keys: Iterable<string>): GroupForgetting[] {
	const out: GroupForgetting[] = [];
	for (const key of keys) {
		const g = groups.get(key) ?? { reviews: 0, reviewStateAnswers: 0, lapses: 0 };
		out.push({
			key,
			...g,
			lapseRate: g.reviewStateAnswers > 0 ? g.lapses / g.reviewStateAnswers : null
		});
	}
	return out;
}

export function computeStats(
	log: readonly StatsReview[],
	cards: readonly StatsCard[],
	options: StatsOptions
): StatsSummary {
	const heatmapDays = options.heatmapDays ?? 365;
	const forecastDays = options.forecastDays ?? 30;
	const retentionWeeks = options.retentionWeeks ?? 12;
	const timeDays = options.timeDays ?? 30;
	const daysBack = Math.max(heatmapDays, retentionWeeks * 7, timeDays) - 1;
	const calendar = dayCalendar(options.now, options.rolloverHour, daysBack, forecastDays);

	const reviewsPerDay = new Array<number>(daysBack + 1).fill(0);
	const msPerDay = new Array<number>(daysBack + 1).fill(0);
	const weeks = Array.from({ length: retentionWeeks }, () => ({ mp: 0, mt: 0, yp: 0, yt: 0 }));
	const buttons = { learning: [0, 0, 0, 0] as ButtonCounts, review: [0, 0, 0, 0] as ButtonCounts };
	const byKind = new Map<string, GroupTally>();
	const byDeck = new Map<string, GroupTally>();

	for (const review of log) {
		const inReview = review.before.state === 2;
		(inReview ? buttons.review : buttons.learning)[review.rating - 1]++;
		tally(byKind, review.kind, review);
		tally(byDeck, review.deckId, review);
		const offset = dayOffset(calendar, review.reviewedAt);
		if (offset === null || offset > 0) continue;
		const index = offset + daysBack;
		reviewsPerDay[index]++;
		msPerDay[index] += review.durationMs;
		// Weeks are counted back from today: week 0 is today and the six days before it.
		const week = Math.floor(-offset / 7);
		if (inReview && week < retentionWeeks) {
			const w = weeks[retentionWeeks - 1 - week];
			const passed = review.rating > 1 ? 1 : 0;
			if (review.before.scheduledDays >= MATURE_INTERVAL_DAYS) {
				w.mt++;
				w.mp += passed;
			} else {
				w.yt++;
				w.yp += passed;
			}
		}
	}

	const heat: DayCount[] = [];
	let max = 0;
	let activeDays = 0;
	for (let offset = -(heatmapDays - 1); offset <= 0; offset++) {
		const count = reviewsPerDay[offset + daysBack];
		heat.push({ start: dayStartAt(calendar, offset), count });
		if (count > max) max = count;
		if (count > 0) activeDays++;
	}

	const timePerDay: { start: number; ms: number }[] = [];
	let totalMs = 0;
	for (let offset = -(timeDays - 1); offset <= 0; offset++) {
		const ms = msPerDay[offset + daysBack];
		timePerDay.push({ start: dayStartAt(calendar, offset), ms });
		totalMs += ms;
	}

	const retention: WeekRetention[] = weeks.map((w, i) => ({
		start: dayStartAt(calendar, -7 * (retentionWeeks - 1 - i) - 6),
		mature: passRate(w.mp, w.mt),
		young: passRate(w.yp, w.yt)
	}));
	const sum = (pick: (w: (typeof weeks)[number]) => number) => weeks.reduce((n, w) => n + pick(w), 0);

	const forecastCounts = new Array<number>(forecastDays).fill(0);
	let overdue = 0;
	const states = { new: 0, learning: 0, review: 0, suspended: 0, total: 0 };
	const todayStart = dayStartAt(calendar, 0);
	for (const card of cards) {
		if (card.archived === 1) continue;
		states.total++;
		if (card.suspended === 1) {
			states.suspended++;
			continue;
		}
		if (card.state === 0) {
			states.new++;
			continue;
		}
		if (card.state === 2) states.review++;
		else states.learning++;
		const due = card.memory.due;
		// Overdue cards are due today: that is when the student will see them.
		if (due < todayStart) {
			overdue++;
			forecastCounts[0]++;
			continue;
		}
		const offset = dayOffset(calendar, due);
		if (offset !== null && offset < forecastDays) forecastCounts[offset]++;
	}
	const forecast = forecastCounts.map((count, offset) => ({ start: dayStartAt(calendar, offset), count }));

	const kindRows = forgetting(byKind, CARD_KINDS);
	let forgottenMost: CardKind | null = null;
	let worst = -1;
	for (const row of kindRows) {
		if (row.lapseRate !== null && row.lapseRate > worst) {
			worst = row.lapseRate;
			forgottenMost = row.key as CardKind;
		}
	}

	return {
		totalReviews: log.length,
		today: { reviews: reviewsPerDay[daysBack], ms: msPerDay[daysBack] },
		heatmap: { days: heat, max, activeDays },
		forecast: { days: forecast, overdue, total: forecastCounts.reduce((a, b) => a + b, 0) },
		retention: {
			weeks: retention,
			mature: passRate(
				sum((w) => w.mp),
				sum((w) => w.mt)
			),
			young: passRate(
				sum((w) => w.yp),
				sum((w) => w.yt)
			)
		},
		states,
		buttons,
		timePerDay: { days: timePerDay, totalMs },
		byKind: kindRows,
		byDeck: forgetting(byDeck, [...byDeck.keys()].sort()),
		forgottenMost
	};
}
