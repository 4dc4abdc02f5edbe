import { describe, expect, it } from 'vitest';
import { chooseNextQueue, countDoneToday, remainingAllowance } from '../../src/lib/srs/queue';
import { DEFAULT_STUDY_SETTINGS } from '../../src/lib/srs/settings';

const at = (d: number, h: number) => new Date(2026, 4, d, h).getTime();

describe('daily work counted from the log', () => {
	it('counts first answers of new cards and answers of review cards since 4 am only', () => {
		const logs = [
			{ reviewedAt: at(10, 3), before: { state: 0 as const } }, // yesterday's study day
			{ reviewedAt: at(10, 5), before: { state: 0 as const } },
			{ reviewedAt: at(10, 6), before: { state: 1 as const } }, // learning step: not limited
			{ reviewedAt: at(10, 7), before: { state: 2 as const } },
			{ reviewedAt: at(10, 8), before: { state: 3 as const } }
		];
		expect(countDoneToday(logs, at(10, 9))).toEqual({ newCards: 1, reviews: 1 });
	});

	it('never allows a negative amount when limits were lowered mid-day', () => {
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 5 };
		expect(remainingAllowance(settings, { newCards: 8, reviews: 3 })).toEqual({ newCards: 0, reviews: 197 });
	});
});

describe('choosing the next queue', () => {
	const none = { newCards: 0, reviews: 0 };
	it('shows learning cards due now before anything else', () => {
		expect(chooseNextQueue({ learningDue: 1, reviews: 5, newCards: 5, done: none })).toBe('learning');
	});
	it('reports an empty day as null', () => {
		expect(chooseNextQueue({ learningDue: 0, reviews: 0, newCards: 0, done: none })).toBeNull();
	});
	it('spreads new cards evenly among reviews', () => {
		let reviews = 10;
		let newCards = 5;
		const done = { newCards: 0, reviews: 0 };
		const order: string[] = [];
		for (;;) {
			const q = chooseNextQueue({ learningDue: 0, reviews, newCards, done });
			if (!q) break;
			order.push(q);
			if (q === 'new') {
				newCards--;
				done.newCards++;
			} else {
				reviews--;
				done.reviews++;
			}
		}
		expect(order).toHaveLength(15);
		// No two new cards in a row, and new cards are not all bunched at one end.
		expect(order.join(',')).not.toContain('new,new');
		expect(order.slice(0, 7).filter((q) => q === 'new').length).toBeGreaterThanOrEqual(2);
	});
});
