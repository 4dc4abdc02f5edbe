import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/lib/cards/types';
import {
	cardMatchesGold,
	disagreementShown,
	matchGold,
	parseGold,
	recallBy,
	textHasDate,
	type GoldFact
} from '../../src/lib/eval/gold';
import { cardDefects, contextNeeds, duplicateFronts, precisionReport } from '../../src/lib/eval/checks';

const original = 'January 21\n6.50 p. m.\n\nDeath of V. I. Lenin (in Gorki).\n';

function card(over: Partial<Card> = {}): Card {
	const quote = 'Death of V. I. Lenin (in Gorki).';
	const start = original.indexOf(quote);
	return {
		id: 'c1',
		kind: 'date',
		form: 'basic',
		front: 'When did Lenin die?',
		back: '21 January 1924',
		source: { document: 'cards/sources/works.txt', quote, start, end: start + quote.length },
		sources: [],
		conflicts: [],
		date: { iso: '1924-01-21', precision: 'day', calendar: 'gregorian' },
		people: ['Lenin'],
		importance: 0.9,
		factKey: 'date:lenin-die',
		...over
	};
}

const leninDeath: GoldFact = {
	id: 'g1',
	document: 'works.txt',
	kind: 'date',
	question: 'When did Lenin die?',
	answer: '21 January 1924',
	accept: { iso: ['1924-01-21'], terms: ['Lenin', 'die|died|death'] },
	quote: 'Death of V. I. Lenin'
};

describe('gold matcher', () => {
	it('matches a card of the right kind and document that satisfies every rule', () => {
		expect(cardMatchesGold(leninDeath, card())).toBe(true);
	});

	it('rejects a card with the wrong date, kind, document or missing keyword', () => {
		expect(
			cardMatchesGold(
				leninDeath,
				card({
					date: { iso: '1924-01-26', precision: 'day', calendar: 'gregorian' },
					back: '26 January 1924'
				})
			)
		).toBe(false);
		expect(cardMatchesGold(leninDeath, card({ kind: 'office' }))).toBe(false);
		expect(cardMatchesGold(leninDeath, card({ source: { ...card().source, document: 'other.txt' } }))).toBe(
			false
		);
		expect(cardMatchesGold(leninDeath, card({ front: 'When was the funeral of Lenin?' }))).toBe(false);
	});

	it('accepts the fact from a secondary source of a merged card', () => {
		const merged = card({
			source: { ...card().source, document: 'other.txt' },
			sources: [
				{ ...card().source, document: 'other.txt' },
				{ ...card().source, document: 'works.txt' }
			]
		});
		expect(cardMatchesGold(leninDeath, merged)).toBe(true);
	});

	it('reads a date spelled out on the faces when the card has no structured date', () => {
		expect(cardMatchesGold(leninDeath, card({ date: undefined, back: 'January 21, 1924' }))).toBe(true);
		expect(cardMatchesGold(leninDeath, card({ date: undefined, back: 'January 1924' }))).toBe(false);
		expect(textHasDate('in May 1922 Lenin', '1922-05')).toBe(true);
		expect(textHasDate('in 19221 Lenin', '1922')).toBe(false);
	});

	it('requires both calendars when the gold fact lists both', () => {
		const dual: GoldFact = { ...leninDeath, accept: { iso: ['1875-11-19', '1875-11-07'], terms: ['born'] } };
		const ns = card({
			front: 'When was Kalinin born?',
			back: '19 November 1875',
			date: { iso: '1875-11-19', precision: 'day', calendar: 'gregorian' }
		});
		expect(cardMatchesGold(dual, ns)).toBe(false);
		const both = card({
			...ns,
			date: {
				iso: '1875-11-19',
				precision: 'day',
				calendar: 'gregorian',
				alt: { iso: '1875-11-07', calendar: 'julian' }
			}
		});
		expect(cardMatchesGold(dual, both)).toBe(true);
	});

	it('lets an office card omit the date but not give a different one', () => {
		const office: GoldFact = {
			...leninDeath,
			kind: 'office',
			accept: { iso: ['1922'], terms: ['Stalin', 'General Secretary'] }
		};
		const undated = card({
			kind: 'office',
			date: undefined,
			front: 'Which post did Stalin hold?',
			back: 'General Secretary'
		});
		expect(cardMatchesGold(office, undated)).toBe(true);
		expect(cardMatchesGold(office, { ...undated, front: 'Which post did Stalin take in 1923?' })).toBe(false);
		expect(cardMatchesGold(office, { ...undated, front: 'Which post did Stalin take in 1922?' })).toBe(true);
	});

	it('checks a thesis author in the author field or on the faces', () => {
		const thesis: GoldFact = {
			...leninDeath,
			kind: 'thesis',
			accept: { terms: ['Leninism', 'imperialism'], author: 'Stalin' }
		};
		const base = card({
			kind: 'thesis',
			date: undefined,
			front: 'What is Leninism?',
			back: 'Marxism of the era of imperialism'
		});
		expect(cardMatchesGold(thesis, base)).toBe(false);
		expect(cardMatchesGold(thesis, { ...base, author: 'J. V. Stalin' })).toBe(true);
		expect(cardMatchesGold(thesis, { ...base, front: 'According to Stalin, what is Leninism?' })).toBe(true);
	});

	it('counts recall per key', () => {
		const results = matchGold([leninDeath, { ...leninDeath, id: 'g2', accept: { iso: ['1930'] } }], [card()]);
		expect(results.map((r) => r.matches.length > 0)).toEqual([true, false]);
		expect(recallBy(results, (r) => r.fact.kind).get('date')).toEqual({ recalled: 1, total: 2 });
	});

	it('rejects a malformed gold file', () => {
		expect(() => parseGold([{ id: 'x' }], 'bad.json')).toThrow(/bad.json/);
		expect(parseGold([leninDeath], 'ok.json')).toHaveLength(1);
	});
});

describe('card checks', () => {
	it('passes a clean card whose quote is the original slice', () => {
		expect(cardDefects(card(), () => original)).toEqual([]);
	});

	it('flags a quote that is not the original at its offsets', () => {
		expect(cardDefects(card({ source: { ...card().source, start: 0 } }), () => original)).toContain(
			'quote-not-original'
		);
	});

	it('flags a merged card whose second source misquotes its document', () => {
		const merged = card({ sources: [card().source, { ...card().source, document: 'other.txt', start: 1 }] });
		expect(cardDefects(merged, (doc) => (doc === 'other.txt' ? original : original))).toContain(
			'quote-not-original'
		);
		expect(cardDefects(card({ sources: [card().source] }), () => original)).toEqual([]);
	});

	it('flags debris on the faces', () => {
		const defects = (back: string) => cardDefects(card({ back }), () => original);
		expect(defects('T h e T h i r t e e n t h Congress')).toContain('letter-spacing');
		expect(defects('the Bolshe-\nviks')).toContain('broken-hyphenation');
		expect(defects('the Bolshevik...')).toContain('ellipsis-remnant');
		expect(defects('the **Politburo**')).toContain('markdown');
		expect(defects('the __Politburo__')).toContain('markdown');
		expect(defects('the essence of ____ in Party work')).not.toContain('markdown');
		expect(defects('see http://example.org')).toContain('url');
		expect(defects('line one\nline two')).toContain('line-break');
		expect(defects('(unclosed')).toContain('unbalanced-brackets');
		expect(defects('“half quoted')).toContain('unbalanced-quotes');
	});

	it('flags answers given away, dangling pronouns and over-long answers', () => {
		expect(cardDefects(card({ front: 'When did Lenin die in 21 January 1924?' }), () => original)).toContain(
			'answer-in-question'
		);
		expect(cardDefects(card({ front: 'When did he die?' }), () => original)).toContain('dangling-pronoun');
		expect(cardDefects(card({ back: 'x'.repeat(201) }), () => original)).toContain('long-answer');
		expect(cardDefects(card(), () => original)).toEqual([]);
	});

	it('flags a thesis card that does not name its author', () => {
		const thesis = card({
			kind: 'thesis',
			front: 'What is Leninism?',
			back: 'Marxism of the era of imperialism'
		});
		expect(cardDefects(thesis, () => original)).toContain('thesis-unattributed');
		expect(
			cardDefects(
				{ ...thesis, author: 'Stalin', front: 'According to Stalin, what is Leninism?' },
				() => original
			)
		).not.toContain('thesis-unattributed');
	});

	it('flags every card of a repeated front and counts clean cards', () => {
		const a = card({ id: 'a' });
		const b = card({ id: 'b', front: 'When did  Lenin die ?' });
		const c = card({ id: 'c', front: 'When was the Thirteenth Congress held?' });
		expect([...duplicateFronts([a, b, c])].sort()).toEqual(['a', 'b']);
		const report = precisionReport([a, b, c], () => original);
		expect(report.clean).toBe(1);
		expect(report.byDefect['duplicate-front']).toBe(2);
	});
});

describe('disagreements between documents', () => {
	const a: GoldFact = {
		...leninDeath,
		id: 'a',
		document: 'wiki.txt',
		kind: 'office',
		accept: { iso: ['1926'], terms: ['Kalinin', 'Politburo'] },
		disagreesWith: 'b'
	};
	const b: GoldFact = {
		...a,
		id: 'b',
		document: 'archive.txt',
		accept: { iso: ['1925'], terms: ['Kalinin', 'Politburo'] }
	};
	const office = card({
		kind: 'office',
		front: 'When did Kalinin become a full member of the Politburo?',
		back: 'January 1926',
		date: { iso: '1926-01', precision: 'month', calendar: 'gregorian' },
		source: { ...card().source, document: 'wiki.txt' }
	});

	it('is shown when the card stating one side lists the other document as a conflict', () => {
		expect(disagreementShown(a, b, [office])).toBe(false);
		const withConflict = {
			...office,
			conflicts: [{ back: '1925', source: { ...office.source, document: 'archive.txt' } }]
		};
		expect(disagreementShown(a, b, [withConflict])).toBe(true);
	});
});

describe('context needs', () => {
	it('notes a year or a person that the quote does not show', () => {
		expect(contextNeeds(card())).toEqual(['date-outside-quote']);
		const inQuote = card({ source: { ...card().source, quote: 'Death of V. I. Lenin (in Gorki), 1924.' } });
		expect(contextNeeds(inQuote)).toEqual([]);
		const resolved = card({
			front: 'When was Drachkovitch arrested again?',
			people: ['Drachkovitch'],
			source: { ...card().source, quote: 'he was arrested again in 1924' }
		});
		expect(contextNeeds(resolved)).toEqual(['person-outside-quote']);
		expect(contextNeeds({ ...resolved, author: 'Drachkovitch' })).toEqual([]);
	});
});
