import { describe, expect, it } from 'vitest';
import { examWorthiness } from '../../src/lib/cards/exam-worthiness';
import type { Card } from '../../src/lib/cards/types';

function dateCard(front: string, work?: string): Card {
	const quote = 'A passage.';
	const source = { document: 'works-of-bismarck-vol-3.txt', quote, start: 0, end: quote.length, author: 'Bismarck', work, year: 1870 };
	return {
		id: 'x',
		kind: 'date',
		form: 'basic',
		front,
		back: '1866',
		source,
		sources: [source],
		conflicts: [],
		people: [],
		importance: 0.65,
		factKey: 'k',
		date: { iso: '1866', precision: 'year', calendar: 'gregorian' }
	};
}

const reasonOf = (c: Card) => examWorthiness(c).reason;

describe("dates from a works volume's editors' notes", () => {
	it('drop the background the editors explain (a cabinet, a federation, a regional government)', () => {
		expect(reasonOf(dateCard('Until when did the Ollivier ministry remain in power?', 'Notes'))).toBe('editorial-aside');
		expect(reasonOf(dateCard('When was the Workers’ Association of Leipzig formed?', 'Explanatory Notes'))).toBe(
			'editorial-aside'
		);
	});
	it('keep congresses, wars, treaties and deaths the notes date', () => {
		expect(reasonOf(dateCard('When was the Congress of Berlin held?', 'Notes'))).toBeUndefined();
		expect(reasonOf(dateCard('When was the Treaty of Prague signed?', 'Notes'))).toBeUndefined();
		expect(reasonOf(dateCard('When did Lassalle die?', 'Notes'))).toBeUndefined();
	});
	it('leave the same sentence alone in the body of a work', () => {
		expect(reasonOf(dateCard('Until when did the Ollivier ministry remain in power?', 'Reflections and Reminiscences'))).toBeUndefined();
	});
});

describe('a text named only by its author', () => {
	it('is dropped: which of the author’s articles?', () => {
		expect(reasonOf(dateCard('When was Treitschke’s article written?'))).toBe('unqualified-document');
		expect(reasonOf(dateCard("When was Gladstone's pamphlet published?"))).toBe('unqualified-document');
	});
	it('stays with a title, a qualifier or an addressee', () => {
		expect(reasonOf(dateCard('When was Gladstone’s pamphlet “The Bulgarian Horrors” published?'))).toBeUndefined();
		expect(reasonOf(dateCard("When was Lincoln's Gettysburg speech delivered?"))).toBeUndefined();
		expect(reasonOf(dateCard("When was Bismarck's letter to Roon written?"))).toBeUndefined();
	});
});

describe('honours and decorations', () => {
	it('are a career list no exam asks for', () => {
		expect(reasonOf(dateCard('When was Moltke awarded the Order of the Black Eagle?'))).toBe('minor-detail');
		expect(reasonOf(dateCard('When was Zhukov made Hero of the Soviet Union?'))).toBe('minor-detail');
	});
	it('do not take appointments with them', () => {
		expect(reasonOf(dateCard('When was Bismarck made Chancellor of Germany?'))).toBeUndefined();
	});
});
