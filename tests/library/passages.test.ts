import { describe, expect, it } from 'vitest';
import { passageRuns, runAt } from '../../src/lib/library/passages';

describe('marking card passages in a document', () => {
	it('cuts the text into plain and quoted runs that cover it exactly once', () => {
		const runs = passageRuns(100, [
			{ id: 'b', start: 40, end: 60 },
			{ id: 'a', start: 10, end: 20 },
			{ id: 'c', start: 50, end: 70 },
			{ id: 'd', start: 70, end: 75 }
		]);
		expect(runs).toEqual([
			{ start: 0, end: 10, cardIds: [] },
			{ start: 10, end: 20, cardIds: ['a'] },
			{ start: 20, end: 40, cardIds: [] },
			{ start: 40, end: 70, cardIds: ['b', 'c'] },
			{ start: 70, end: 75, cardIds: ['d'] },
			{ start: 75, end: 100, cardIds: [] }
		]);
	});

	it('finds the run of a deep-linked offset', () => {
		const runs = passageRuns(50, [{ id: 'a', start: 10, end: 20 }]);
		expect(runAt(runs, 15)?.cardIds).toEqual(['a']);
		expect(runAt(runs, 25)?.cardIds).toEqual([]);
		expect(runAt(runs, 99)).toBeUndefined();
	});

	it('ignores quotes outside the text and handles a text with no cards', () => {
		expect(passageRuns(10, [{ id: 'x', start: 5, end: 50 }])).toEqual([{ start: 0, end: 10, cardIds: [] }]);
		expect(passageRuns(0, [])).toEqual([]);
	});
});
