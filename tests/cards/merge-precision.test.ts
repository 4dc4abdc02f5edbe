import { describe, expect, it } from 'vitest';
import { mergeAcrossDocuments } from '../../src/lib/cards/merge';
import type { Card } from '../../src/lib/cards/types';

function dateCard(document: string, back: string, iso: string): Card {
	const source = { document, quote: back, start: 0, end: back.length };
	return {
		id: 'same-fact',
		kind: 'date',
		form: 'basic',
		front: 'When was Lincoln assassinated?',
		back,
		source,
		sources: [source],
		conflicts: [],
		people: ['Lincoln'],
		importance: 0.5,
		factKey: 'date|lincoln assassinated',
		date: { iso, precision: iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day', calendar: 'gregorian' }
	};
}

describe('one date question answered by several documents', () => {
	it('teaches the fullest date a document gives, whichever document came first, and cites both', () => {
		const merged = mergeAcrossDocuments([
			[dateCard('survey.txt', '1865', '1865')],
			[dateCard('diary.txt', '14 April 1865', '1865-04-14')]
		]);
		expect(merged).toHaveLength(1);
		expect(merged[0].back).toBe('14 April 1865');
		expect(merged[0].date?.iso).toBe('1865-04-14');
		// The card stays where it was (its first source and id), so review history is kept.
		expect(merged[0].source.document).toBe('survey.txt');
		expect(merged[0].id).toBe('same-fact');
		expect(merged[0].sources.map((s) => s.document)).toEqual(['survey.txt', 'diary.txt']);
	});

	it('keeps the first answer when the later one is vaguer', () => {
		const merged = mergeAcrossDocuments([
			[dateCard('diary.txt', '14 April 1865', '1865-04-14')],
			[dateCard('survey.txt', 'April 1865', '1865-04')]
		]);
		expect(merged[0].back).toBe('14 April 1865');
	});
});
