import { describe, expect, it } from 'vitest';
import type { CardRow } from '../../src/lib/db/rows';
import { matchesFilters, NO_FILTERS } from '../../src/lib/library/browse-filter';
import { card } from '../db/library-cards';

const NOW = Date.UTC(2026, 0, 10);
const DAY = 86_400_000;

function row(id: string, over: Partial<CardRow> = {}, memory: Partial<CardRow['memory']> = {}): CardRow {
	const m = {
		due: NOW,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 0 as const,
		...memory
	};
	return {
		...card(id, 'd.txt'),
		deckId: 'd',
		memory: m,
		due: m.due,
		state: m.state,
		queue: m.state,
		suspended: 0,
		buriedUntil: 0,
		archived: 0,
		addedAt: NOW,
		...over
	};
}

describe('card browser filters', () => {
	const cards = [
		row('new'),
		row('overdue', { kind: 'office' }, { state: 2, due: NOW - DAY, lapses: 3 }),
		row('later', {}, { state: 2, due: NOW + 30 * DAY }),
		row('soon', { suspended: 1 }, { state: 1, due: NOW + 2 * DAY }),
		row('disputed', { deckId: 'other', conflicts: [{ back: '1923', source: card('x', 'o.txt').source }] })
	];
	const ids = (f: Partial<typeof NO_FILTERS>) =>
		cards.filter((c) => matchesFilters(c, { ...NO_FILTERS, ...f }, NOW)).map((c) => c.id);

	it('filters by state, due date, lapses, kind, deck, conflicts and suspension', () => {
		expect(ids({})).toHaveLength(5);
		expect(ids({ state: 'new' })).toEqual(['new', 'disputed']);
		expect(ids({ state: 'learning' })).toEqual(['soon']);
		expect(ids({ due: 'due' })).toEqual(['overdue']);
		expect(ids({ due: 'week' })).toEqual(['overdue', 'soon']);
		expect(ids({ minLapses: 1 })).toEqual(['overdue']);
		expect(ids({ kind: 'office' })).toEqual(['overdue']);
		expect(ids({ deckId: 'other' })).toEqual(['disputed']);
		expect(ids({ conflicts: 'yes' })).toEqual(['disputed']);
		expect(ids({ suspended: 'yes' })).toEqual(['soon']);
		expect(ids({ suspended: 'no', state: 'review' })).toEqual(['overdue', 'later']);
	});
});
