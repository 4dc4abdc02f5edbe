import { describe, expect, it } from 'vitest';
import { computeStats, MATURE_INTERVAL_DAYS } from '../../src/lib/stats/compute';
import { simulateLearner } from '../../src/lib/stats/simulate';
import { studyDayStart } from '../../src/lib/srs/day';

const START = new Date(2026, 0, 5, 12).getTime();
const sim = simulateLearner({ seed: 7, start: START, days: 100, cards: 400, newPerDay: 8 });
// "Now" a few days after the last simulated day, so some cards are overdue and some due later.
const NOW = new Date(2026, 3, 17, 15).getTime();
const stats = computeStats(sim.log, sim.cards, { now: NOW, rolloverHour: 4 });
const today = studyDayStart(NOW);
const DAY = 86_400_000;
/** Whole study days between the review's day and today, computed the slow way with local dates. */
const daysAgo = (t: number) => Math.round((today - studyDayStart(t)) / DAY);

describe('statistics on a simulated learner equal direct counts', () => {
	it('has a real log to count', () => {
		expect(sim.log.length).toBeGreaterThan(5000);
		expect(stats.totalReviews).toBe(sim.log.length);
	});

	it('heatmap: reviews per study day over the last year', () => {
		expect(stats.heatmap.days).toHaveLength(365);
		for (const [i, day] of stats.heatmap.days.entries()) {
			const ago = 364 - i;
			expect(day.start).toBe(studyDayStart(today - ago * DAY + 12 * 3_600_000));
			expect(day.count).toBe(sim.log.filter((r) => daysAgo(r.reviewedAt) === ago).length);
		}
		const active = new Set(sim.log.map((r) => studyDayStart(r.reviewedAt))).size;
		expect(stats.heatmap.activeDays).toBe(active);
		expect(stats.heatmap.max).toBe(Math.max(...stats.heatmap.days.map((d) => d.count)));
	});

	it('due forecast: cards due on each of the next 30 days, overdue counted today', () => {
		const active = sim.cards.filter((c) => c.state !== 0 && c.suspended === 0 && c.archived === 0);
		const dueIn = (t: number) => Math.max(0, Math.round((studyDayStart(t) - today) / DAY));
		for (const [offset, day] of stats.forecast.days.entries()) {
			expect(day.count).toBe(active.filter((c) => dueIn(c.memory.due) === offset).length);
		}
		expect(stats.forecast.overdue).toBe(active.filter((c) => c.memory.due < today).length);
		expect(stats.forecast.overdue).toBeGreaterThan(0);
	});

	it('true retention: mature review answers passed per week', () => {
		for (const [i, week] of stats.retention.weeks.entries()) {
			const weeksAgo = stats.retention.weeks.length - 1 - i;
			const inWeek = sim.log.filter(
				(r) =>
					r.before.state === 2 &&
					Math.floor(daysAgo(r.reviewedAt) / 7) === weeksAgo &&
					daysAgo(r.reviewedAt) >= 0
			);
			const mature = inWeek.filter((r) => r.before.scheduledDays >= MATURE_INTERVAL_DAYS);
			expect(week.mature.total).toBe(mature.length);
			expect(week.mature.passed).toBe(mature.filter((r) => r.rating > 1).length);
			expect(week.young.total).toBe(inWeek.length - mature.length);
		}
		expect(stats.retention.mature.total).toBeGreaterThan(0);
	});

	it('card states, answer buttons, time per day', () => {
		expect(stats.states.new).toBe(sim.cards.filter((c) => c.state === 0).length);
		expect(stats.states.review).toBe(sim.cards.filter((c) => c.state === 2).length);
		expect(stats.states.learning).toBe(sim.cards.filter((c) => c.state === 1 || c.state === 3).length);
		expect(stats.states.total).toBe(sim.cards.length);
		for (const rating of [1, 2, 3, 4] as const) {
			const of = (review: boolean) =>
				sim.log.filter((r) => r.rating === rating && (r.before.state === 2) === review).length;
			expect(stats.buttons.review[rating - 1]).toBe(of(true));
			expect(stats.buttons.learning[rating - 1]).toBe(of(false));
		}
		for (const [i, day] of stats.timePerDay.days.entries()) {
			const ago = 29 - i;
			const ms = sim.log.filter((r) => daysAgo(r.reviewedAt) === ago).reduce((n, r) => n + r.durationMs, 0);
			expect(day.ms).toBe(ms);
		}
	});

	it('per kind: lapse rates, and theses (harder for this learner) are forgotten most', () => {
		for (const row of stats.byKind) {
			const mine = sim.log.filter((r) => r.kind === row.key);
			const inReview = mine.filter((r) => r.before.state === 2);
			expect(row.reviews).toBe(mine.length);
			expect(row.lapses).toBe(inReview.filter((r) => r.rating === 1).length);
			expect(row.lapseRate).toBeCloseTo(row.lapses / inReview.length, 12);
		}
		expect(stats.forgottenMost).toBe('thesis');
		expect(stats.byDeck.map((d) => d.key)).toEqual(['deck-a', 'deck-b']);
		expect(stats.byDeck.reduce((n, d) => n + d.reviews, 0)).toBe(sim.log.length);
	});

	it('suspended and archived cards: suspended counted apart, archived not at all', () => {
		const cards = sim.cards
			.slice(0, 10)
			.map((c, i) => ({ ...c, suspended: (i < 3 ? 1 : 0) as 0 | 1, archived: (i === 9 ? 1 : 0) as 0 | 1 }));
		const s = computeStats([], cards, { now: NOW, rolloverHour: 4 });
		expect(s.states.suspended).toBe(3);
		expect(s.states.total).toBe(9);
		expect(s.states.new + s.states.learning + s.states.review).toBe(6);
	});
});

describe('an empty log', () => {
	it('gives zeros and nulls, never NaN', () => {
		const s = computeStats([], [], { now: NOW, rolloverHour: 4 });
		expect(s.totalReviews).toBe(0);
		expect(s.heatmap.max).toBe(0);
		expect(s.retention.mature.rate).toBeNull();
		expect(s.byKind.every((k) => k.lapseRate === null && k.reviews === 0)).toBe(true);
		expect(s.forgottenMost).toBeNull();
		expect(JSON.stringify(s)).not.toMatch(/NaN|null,"total":[1-9]/);
		const numbers = JSON.stringify(s).match(/-?\d+(\.\d+)?|NaN|Infinity/g) ?? [];
		expect(numbers.every((n) => Number.isFinite(Number(n)))).toBe(true);
	});
});
