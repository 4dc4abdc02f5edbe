import { describe, expect, it } from 'vitest';
import { dedupeWithinDocument, mergeAcrossDocuments } from '../../src/lib/cards/merge';
import { stableCardId } from '../../src/lib/cards/hash';
import type { Card } from '../../src/lib/cards/types';

function dateCard(document: string, front: string, back: string, iso: string, factKey = front): Card {
	const source = { document, quote: back, start: 0, end: back.length };
	return {
		id: stableCardId('date', 'basic', factKey),
		kind: 'date',
		form: 'basic',
		front,
		back,
		source,
		sources: [source],
		conflicts: [],
		people: [],
		importance: 0.5,
		factKey,
		date: { iso, precision: iso.length === 4 ? 'year' : 'day', calendar: 'gregorian' }
	};
}

describe('merging the cards of several documents', () => {
	it('cites both documents when they state the same fact', () => {
		const merged = mergeAcrossDocuments([
			[dateCard('a.txt', 'When did Lenin die?', '21 January 1924', '1924-01-21')],
			[dateCard('b.txt', 'When did Lenin die?', '21 January 1924', '1924-01-21')]
		]);
		expect(merged).toHaveLength(1);
		expect(merged[0].sources.map((s) => s.document)).toEqual(['a.txt', 'b.txt']);
		expect(merged[0].conflicts).toEqual([]);
	});
	it('treats a year and a full date within it as agreeing', () => {
		const merged = mergeAcrossDocuments([
			[dateCard('a.txt', 'When did Lenin die?', '1924', '1924')],
			[dateCard('b.txt', 'When did Lenin die?', '21 January 1924', '1924-01-21')]
		]);
		expect(merged[0].conflicts).toEqual([]);
		expect(merged[0].sources).toHaveLength(2);
	});
	it('shows where documents disagree, with both sources', () => {
		const merged = mergeAcrossDocuments([
			[dateCard('a.txt', 'When did Kalinin join the Politburo?', '1926', '1926')],
			[dateCard('b.txt', 'When did Kalinin join the Politburo?', '1925', '1925')]
		]);
		expect(merged).toHaveLength(1);
		expect(merged[0].conflicts).toHaveLength(1);
		expect(merged[0].conflicts[0].source.document).toBe('b.txt');
		expect(merged[0].back).toContain('Sources disagree');
		expect(merged[0].back).toContain('1925');
		expect(merged[0].back).toContain('1926');
	});
	it('keeps the id and the document of the first source when a document is added', () => {
		const a = [dateCard('a.txt', 'When did Lenin die?', '21 January 1924', '1924-01-21')];
		const alone = mergeAcrossDocuments([a]);
		const withB = mergeAcrossDocuments([a, [dateCard('b.txt', 'When did Lenin die?', '1924', '1924')]]);
		expect(withB[0].id).toBe(alone[0].id);
		expect(withB[0].source.document).toBe('a.txt');
	});
});

describe('one document asking one question twice', () => {
	it('keeps the answer the document gives most often', () => {
		const cards = [
			dateCard('a.txt', 'When did Kalinin speak?', '1919', '1919'),
			dateCard('a.txt', 'When did Kalinin speak?', '1919', '1919'),
			dateCard('a.txt', 'When did Kalinin speak?', '1920', '1920')
		];
		const kept = dedupeWithinDocument(cards);
		expect(kept).toHaveLength(1);
		expect(kept[0].back).toBe('1919');
	});
	it('drops a date question whose answers tie: it is ambiguous', () => {
		const cards = [
			dateCard('a.txt', 'When did Kalinin speak?', '1919', '1919'),
			dateCard('a.txt', 'When did Kalinin speak?', '1920', '1920')
		];
		expect(dedupeWithinDocument(cards)).toEqual([]);
	});
});

describe('what is not a disagreement', () => {
	it('keeps years far apart as different events (an appointment and a re-election), not a conflict', () => {
		const merged = mergeAcrossDocuments([
			[dateCard('a.txt', 'When did Stalin become General Secretary?', '1922', '1922')],
			[dateCard('b.txt', 'When did Stalin become General Secretary?', '2 June 1924', '1924-06-02')]
		]);
		expect(merged).toHaveLength(1);
		expect(merged[0].conflicts).toEqual([]);
		expect(merged[0].back).toBe('1922');
	});
	it('treats the Old Style and New Style dates of one day as the same answer', () => {
		const os = dateCard('a.txt', 'When was Kalinin born?', '7 November 1875 (Old Style); 19 November 1875 (New Style)', '1875-11-07');
		os.date = { iso: '1875-11-07', precision: 'day', calendar: 'julian', alt: { iso: '1875-11-19', calendar: 'gregorian' } };
		const merged = mergeAcrossDocuments([[os], [dateCard('b.txt', 'When was Kalinin born?', '19 November 1875', '1875-11-19')]]);
		expect(merged[0].conflicts).toEqual([]);
		expect(merged[0].sources.map((s) => s.document)).toEqual(['a.txt', 'b.txt']);
	});
});

describe('an answer where documents disagree', () => {
	it('gives the other answer without file names', () => {
		const merged = mergeAcrossDocuments([
			[dateCard('kalinin-notes.txt', 'When did Kalinin join the Politburo?', '1925', '1925')],
			[dateCard('kalinin-wiki.txt', 'When did Kalinin join the Politburo?', '1926', '1926')]
		]);
		expect(merged[0].back).toBe('1925. Sources disagree: another source gives 1926.');
		expect(merged[0].conflicts[0].source.document).toBe('kalinin-wiki.txt');
	});
});

describe('events a document tells many times', () => {
	const arrest = (front: string, iso: string) => ({ ...dateCard('bio.txt', front, iso, iso), people: ['Garibaldi'] });
	it('keeps the first of three or more arrests of one person', () => {
		const cards = [
			arrest('When was Garibaldi arrested in Genoa?', '1834'),
			arrest('When was Garibaldi arrested in Rome?', '1849'),
			arrest('When was Garibaldi arrested at Aspromonte?', '1862'),
			arrest('When was Garibaldi exiled to Caprera?', '1867')
		];
		expect(dedupeWithinDocument(cards).map((c) => c.front)).toEqual([
			'When was Garibaldi arrested in Genoa?',
			'When was Garibaldi exiled to Caprera?'
		]);
	});
	it('keeps one card of the earliest arrest, the one with the fuller date', () => {
		const cards = [
			arrest('When was Garibaldi arrested and sentenced to death?', '1834'),
			arrest('When was Garibaldi arrested in the case of Young Italy?', '1834-02'),
			arrest('When was Garibaldi arrested at Aspromonte?', '1862')
		];
		expect(dedupeWithinDocument(cards).map((c) => c.front)).toEqual(['When was Garibaldi arrested in the case of Young Italy?']);
	});
	it('keeps both of two arrests', () => {
		const cards = [arrest('When was Garibaldi arrested in Genoa?', '1834'), arrest('When was Garibaldi arrested in Rome?', '1849')];
		expect(dedupeWithinDocument(cards)).toHaveLength(2);
	});
	it('keeps one date of a titled speech dated by its heading and by a chronicle entry', () => {
		const heading = { ...dateCard('works.txt', 'When did Lincoln deliver “A House Divided”, a speech at Springfield?', '16 June 1858', '1858-06-16'), importance: 0.6 };
		const entry = { ...dateCard('works.txt', 'When did Lincoln deliver a speech on “A House Divided” at a convention?', '16 June 1858', '1858-06-16'), importance: 0.3 };
		expect(dedupeWithinDocument([entry, heading])).toEqual([heading]);
	});
});
