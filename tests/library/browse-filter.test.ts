import { describe, expect, it } from 'vitest';
import type { CardRow } from '../../src/lib/db/rows';
import { matchesFilters, NO_FILTERS } from '../../src/lib/library/browse-filter';
import { card, cardRow } from '../db/library-cards';

const NOW = Date.UTC(2026, 0, 10);
const DAY = 86_400_000;

function row(id: string, over: Partial<CardRow> = {}, memory: Partial<CardRow['memory']> = {}): CardRow {
	return cardRow(id, 'd.txt', NOW, over, memory);
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
