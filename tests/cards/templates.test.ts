import { describe, expect, it } from 'vitest';
import {
	dateCards,
	documentTitle,
	expandAbbreviation,
	mendCasing,
	officeCards,
	thesisCards,
	tidyFace
} from '../../src/lib/cards/templates';
import { formatDateValue } from '../../src/lib/cards/dates';
import type { DateFact, DateValue, OfficeFact, ThesisFact } from '../../src/lib/extract/types';
import { fixtureDocument } from './fixture-document';
import { cardProblems } from '../../src/lib/cards/quality';

function value(written: string, start: DateValue['start'], rest: Partial<DateValue> = {}): DateValue {
	return { start, written, span: { start: 0, end: written.length }, ...rest };
}

describe('date answers', () => {
	it('give both calendars, Old Style first, when the source gives both', () => {
		const v = value('Nov. 7 (19), 1875', {
			iso: '1875-11-07',
			precision: 'day',
			calendar: 'julian',
			alt: { iso: '1875-11-19', calendar: 'gregorian' }
		});
		expect(formatDateValue(v)).toBe('7 November 1875 (Old Style); 19 November 1875 (New Style)');
	});
	it('give ranges and open ranges', () => {
		const y = (iso: string) => ({ iso, precision: 'year' as const, calendar: 'gregorian' as const });
		expect(formatDateValue(value('1922–1929', y('1922'), { end: y('1929') }))).toBe('1922–1929');
		expect(formatDateValue(value('from 1919', y('1919'), { open: true }))).toBe('from 1919');
		expect(
			formatDateValue(
				value('April 1922 to 1952', { iso: '1922-04', precision: 'month', calendar: 'gregorian' }, { end: y('1952') })
			)
		).toBe('April 1922 – 1952');
	});
	it('say a shared month or year once, as a teacher writes a range', () => {
		const d = (iso: string) => ({ iso, precision: 'day' as const, calendar: 'gregorian' as const });
		const m = (iso: string) => ({ iso, precision: 'month' as const, calendar: 'gregorian' as const });
		const range = (from: DateValue['start'], to: DateValue['start']) => formatDateValue(value('', from, { end: to }));
		expect(range(d('1848-02-22'), d('1848-02-24'))).toBe('22–24 February 1848');
		expect(range(d('1912-11-24'), d('1912-12-02'))).toBe('24 November – 2 December 1912');
		expect(range(m('1917-03'), m('1917-05'))).toBe('March–May 1917');
		expect(range(d('1899-10-11'), d('1902-05-31'))).toBe('11 October 1899 – 31 May 1902');
	});
});

const text = 'Lenin died on 21 January 1924. In April 1922 Stalin became General Secretary of the Central Committee.';
const doc = fixtureDocument('notes.txt', text);

describe('date cards', () => {
	it('ask "When …?" and quote the sentence exactly', () => {
		const sentence = doc.sentences[0];
		const fact: DateFact = {
			kind: 'date',
			sentence,
			importance: 0.8,
			event: 'Lenin died',
			question: 'did Lenin die',
			subject: 'Lenin',
			date: value('21 January 1924', { iso: '1924-01-21', precision: 'day', calendar: 'gregorian' })
		};
		const cards = dateCards(fact, { doc });
		expect(cards[0].front).toBe('When did Lenin die?');
		expect(cards[0].back).toBe('21 January 1924');
		expect(cards[0].source.quote).toBe(text.slice(cards[0].source.start, cards[0].source.end));
		expect(cards[0].source.quote).toBe('Lenin died on 21 January 1924.');
		expect(cards.find((c) => c.form === 'reverse')?.front).toBe('What happened on 21 January 1924?');
	});
});

describe('office cards', () => {
	const fact: OfficeFact = {
		kind: 'office',
		sentence: doc.sentences[1],
		importance: 0.8,
		person: 'Stalin',
		office: 'General Secretary',
		organisation: 'Central Committee',
		how: 'became',
		start: value('April 1922', { iso: '1922-04', precision: 'month', calendar: 'gregorian' }),
		predecessor: 'Molotov'
	};
	const cards = officeCards(fact, { doc });
	const fronts = cards.map((c) => c.front);
	it('ask who took the post when, which post a person held, and who succeeded whom', () => {
		expect(fronts).toContain('Who became General Secretary of the Central Committee in April 1922?');
		expect(fronts).toContain('Which post did Stalin hold from April 1922?');
		expect(fronts).toContain('Who succeeded Molotov as General Secretary of the Central Committee in April 1922?');
		expect(cards.find((c) => c.form === 'reverse')?.back).toBe('General Secretary of the Central Committee');
	});
});

describe('thesis cards', () => {
	const tdoc = fixtureDocument(
		'works.txt',
		'Leninism is Marxism of the era of imperialism and of the proletarian revolution.',
		{ author: 'Stalin', work: 'The Foundations of Leninism', year: 1924 }
	);
	it('ask for a definition with author, work and year', () => {
		const fact: ThesisFact = {
			kind: 'thesis',
			sentence: tdoc.sentences[0],
			importance: 0.9,
			author: 'Stalin',
			work: 'The Foundations of Leninism',
			year: 1924,
			form: 'definition',
			topic: 'Leninism',
			claim: 'Leninism is Marxism of the era of imperialism and of the proletarian revolution',
			predicate: 'Marxism of the era of imperialism and of the proletarian revolution',
			link: 'is'
		};
		const [card] = thesisCards(fact, { doc: tdoc });
		expect(card.front).toBe('According to Stalin, “The Foundations of Leninism” (1924), what is Leninism?');
		expect(card.back).toBe('Marxism of the era of imperialism and of the proletarian revolution');
		expect(card.author).toBe('Stalin');
	});
	it('make a cloze of a short position', () => {
		const fact: ThesisFact = {
			kind: 'thesis',
			sentence: tdoc.sentences[0],
			importance: 0.6,
			author: 'Stalin',
			year: 1924,
			form: 'position',
			topic: 'the victory of socialism in one country',
			claim: 'The victory of socialism in one country is possible',
			predicate: 'possible',
			link: 'is'
		};
		const cards = thesisCards(fact, { doc: tdoc });
		expect(cards[0].form).toBe('cloze');
		expect(cards[0].front).toBe('According to Stalin (1924), the victory of socialism in one country is ____.');
		expect(cards[0].back).toBe('possible');
	});
	it('ask whose theory a rhetorical question names, not what the person advocated', () => {
		const qdoc = fixtureDocument(
			'essays.txt',
			'How do matters stand with regard to Bismarck’s policy of “blood and iron” in the light of this?',
			{ author: 'Treitschke', work: 'German History', year: 1879 }
		);
		const fact: ThesisFact = {
			kind: 'thesis',
			sentence: qdoc.sentences[0],
			importance: 0.6,
			author: 'Bismarck',
			form: 'ascribed',
			topic: 'blood and iron',
			claim: 'Bismarck’s policy of “blood and iron”',
			predicate: 'blood and iron',
			verb: 'advocate'
		};
		const cards = thesisCards(fact, { doc: qdoc });
		expect(cards.map((c) => [c.front, c.back])).toEqual([
			['According to Treitschke, “German History” (1879), whose policy was “blood and iron”?', 'Bismarck']
		]);
		// Without a "theory/policy of" the question states nothing of the person's: no card.
		expect(
			thesisCards({ ...fact, claim: 'Bismarck and blood and iron' }, { doc: qdoc })
		).toEqual([]);
	});
	it('ask what a person advocated, according to the notes', () => {
		const ndoc = fixtureDocument('power-notes.txt', 'Trotsky advocated permanent revolution.');
		const fact: ThesisFact = {
			kind: 'thesis',
			sentence: ndoc.sentences[0],
			importance: 0.6,
			author: 'Trotsky',
			form: 'ascribed',
			topic: 'permanent revolution',
			claim: 'Trotsky advocated permanent revolution',
			predicate: 'permanent revolution',
			verb: 'advocate'
		};
		const [card] = thesisCards(fact, { doc: ndoc });
		// "What did Trotsky advocate?" has as many answers as he had positions: ask whose position it is.
		expect(card.front).toBe('Who advocated permanent revolution, according to the notes?');
		expect(card.back).toBe('Trotsky');
		expect(card.form).toBe('reverse');
	});
	it('ask who took a named position, and what a person argued when the position is a clause or shared', () => {
		const ndoc = fixtureDocument(
			'reform-notes.txt',
			'Cobden championed free trade. Peel, like many other Conservatives, supported repeal. Disraeli opposed that the duties be lifted.'
		);
		const ascribed = (index: number, author: string, predicate: string, verb: string): ThesisFact => ({
			kind: 'thesis',
			sentence: ndoc.sentences[index],
			importance: 0.6,
			author,
			form: 'ascribed',
			topic: predicate,
			claim: ndoc.sentences[index].text,
			predicate,
			verb
		});
		const [cobden] = thesisCards(ascribed(0, 'Cobden', 'free trade', 'champion'), { doc: ndoc });
		expect([cobden.front, cobden.back]).toEqual(['Who championed free trade, according to the notes?', 'Cobden']);
		const [peel] = thesisCards(ascribed(1, 'Peel', 'repeal', 'support'), { doc: ndoc });
		expect(peel.front).toBe('What did Peel support, according to the notes?');
		const [cobbett] = thesisCards(ascribed(0, 'Cobbett', 'the Corn Laws are a robbery of the poor', 'put forward'), {
			doc: ndoc
		});
		expect(cobbett.front).toBe('Who put forward the idea “the Corn Laws are a robbery of the poor”, according to the notes?');
		const [disraeli] = thesisCards(ascribed(2, 'Disraeli', 'the duties be lifted', 'oppose'), { doc: ndoc });
		expect(disraeli.front).toBe('What did Disraeli oppose, according to the notes?');
	});
	it('cite no field of an encyclopedia box as if it were a title', () => {
		const box = fixtureDocument('napoleon.txt', 'Historians such as Georges Lefebvre have argued that he was the heir of the Revolution.', {}, 'Reign 18 May 1804 – 6 April 1814; 20 March 1815 – 22 June 1815');
		expect(documentTitle({ doc: box })).toBeUndefined();
	});
	it('cite no numbered heading ("Chapter 7") as if it were a title', () => {
		const cdoc = fixtureDocument('reform.txt', 'Historians such as Paul Smith have argued that the reforms were permissive.', {}, 'Chapter 7');
		expect(documentTitle({ doc: cdoc })).toBeUndefined();
		const titled = fixtureDocument('reform.txt', 'Historians such as Paul Smith have argued that the reforms were permissive.', {}, 'The Age of Reform');
		expect(documentTitle({ doc: titled })).toBe('The Age of Reform');
	});
	it('name the document by its heading, not "the source"', () => {
		const wdoc = fixtureDocument(
			'kalinin-wikipedia.txt',
			'In April 1917, Kalinin, like many other Bolsheviks, advocated conditional support for the Provisional Government.',
			{},
			'Mikhail Kalinin'
		);
		const fact: ThesisFact = {
			kind: 'thesis',
			sentence: wdoc.sentences[0],
			importance: 0.6,
			author: 'Kalinin',
			form: 'ascribed',
			topic: 'conditional support for the Provisional Government',
			claim: 'Kalinin advocated conditional support for the Provisional Government',
			predicate: 'conditional support for the Provisional Government',
			verb: 'advocate'
		};
		const [card] = thesisCards(fact, { doc: wdoc });
		// "like many other Bolsheviks": not his position alone, so not "Who advocated …?".
		expect(card.front).toBe('What did Kalinin advocate, according to “Mikhail Kalinin”?');
		const [untitled] = thesisCards(fact, { doc: { ...wdoc, sections: [{ ...wdoc.sections[0], title: null }] } });
		// A file name is no title: without a heading the card cites "the source".
		expect(untitled.front).toBe('What did Kalinin advocate, according to the source?');
	});
});

describe('judgements of a person', () => {
	it('are dropped when the quote only says "he" (the student could not tell whom it judges)', () => {
		// A memoir quoted in a collection: "He was very good in concealing." with Ilyich named only before.
		const mdoc = fixtureDocument('memoir.txt', 'We spoke for an hour. He was very good in concealing.', {
			author: 'Stalin'
		});
		const fact: ThesisFact = {
			kind: 'thesis',
			sentence: mdoc.sentences[1],
			importance: 0.6,
			author: 'Stalin',
			form: 'position',
			topic: 'Ilyich',
			claim: 'Ilyich was very good in concealing',
			predicate: 'Ilyich was very good in concealing',
			link: 'about'
		};
		expect(thesisCards(fact, { doc: mdoc })).toEqual([]);
		const named = fixtureDocument('memoir.txt', 'Ilyich was very good in concealing.', { author: 'Stalin' });
		expect(thesisCards({ ...fact, sentence: named.sentences[0] }, { doc: named })).toHaveLength(1);
	});
});

describe('reported clauses', () => {
	it('keep their "that" so a subjunctive reads as English', () => {
		// Stalin, "Trotskyism or Leninism?" (1924).
		const sdoc = fixtureDocument('works.txt', 'Lenin proposed that power be taken before October 25 for two reasons.', {
			author: 'Stalin',
			work: 'Trotskyism or Leninism?',
			year: 1924
		});
		const fact: ThesisFact = {
			kind: 'thesis',
			sentence: sdoc.sentences[0],
			importance: 0.9,
			author: 'Lenin',
			work: 'Trotskyism or Leninism?',
			year: 1924,
			form: 'ascribed',
			topic: 'power be taken before October 25 for two reasons',
			claim: 'Lenin proposed that power be taken before October 25 for two reasons',
			predicate: 'power be taken before October 25 for two reasons',
			verb: 'propose'
		};
		const [card] = thesisCards(fact, { doc: sdoc });
		expect(card.front).toBe('What did Lenin propose, according to Stalin, “Trotskyism or Leninism?” (1924)?');
		expect(card.back).toBe('That power be taken before October 25 for two reasons');
		expect(cardProblems(card, sdoc.original)).toEqual([]);
	});
});


describe('faces read as prose', () => {
	it('drop the sentence stop left inside a title before the question mark', () => {
		expect(tidyFace('When did Stalin complete his “Outline of Studies in Leninism.”?')).toBe(
			'When did Stalin complete his “Outline of Studies in Leninism”?'
		);
		expect(tidyFace('When did Paine publish "Common Sense."?')).toBe('When did Paine publish "Common Sense"?');
		expect(tidyFace('When did Stalin speak in the A.U.C.C.T.U.?')).toBe('When did Stalin speak in the A.U.C.C.T.U.?');
		expect(tidyFace('When did VE III ask Mussolini to form a government?')).toBe('When did VE III ask Mussolini to form a government?');
		expect(tidyFace('When was the UNITED OPPOSITION founded?')).toBe('When was the United Opposition founded?');
		expect(tidyFace("Until when did Peel's first ministry last only?")).toBe("Until when did Peel's first ministry last?");
		expect(tidyFace('When did Burgoyne surrender at Saratoga = turning point?')).toBe('When did Burgoyne surrender at Saratoga?');
		expect(tidyFace('When was Napoleon defeated at the Battle of Waterloo Waterloo is a municipality in Belgium?')).toBe(
			'When was Napoleon defeated at the Battle of Waterloo?'
		);
		expect(tidyFace('Gyula Andrássy Gyula Andrássy de Csíkszentkirály (8 March 1823 – 1890)')).toBe('Gyula Andrássy');
		expect(tidyFace('When did Mandela give “Statement on the Nobel Peace Prize (extract)”?')).toBe('When did Mandela give “Statement on the Nobel Peace Prize”?');
	});
});

describe('an abbreviation the document spells out', () => {
	const ctx = (original: string) => ({ doc: { document: 'd.txt', original, sections: [], attribution: {} } });
	it('is spelt out once in the question when one body has its initials', () => {
		const doc = ctx('The Council of People’s Commissars met daily. On November 23, the C.P.C. adopted a decree.');
		expect(expandAbbreviation('When did the C.P.C. adopt a decree on concessions?', doc)).toBe(
			'When did the Council of People’s Commissars (C.P.C.) adopt a decree on concessions?'
		);
		const nra = ctx('The National Recovery Administration was created in 1933. The N.R.A. set codes.');
		expect(expandAbbreviation('When did the N.R.A. set codes of fair competition?', nra)).toBe(
			'When did the National Recovery Administration (N.R.A.) set codes of fair competition?'
		);
	});
	it('is left alone when two bodies share the initials, in a title, or when every student knows it', () => {
		const two = ctx('The Central Committee and the Control Commission met. The C.C. decided.');
		expect(expandAbbreviation('When did the C.C. decide?', two)).toBe('When did the C.C. decide?');
		const title = ctx('The Russian Communist Party met. “The Results of the R.C.P. Congress”.');
		expect(expandAbbreviation('When did Stalin deliver “The Results of the R.C.P. Congress”?', title)).toBe(
			'When did Stalin deliver “The Results of the R.C.P. Congress”?'
		);
		expect(expandAbbreviation('When was the U.S.S.R. formed?', ctx('The Union of Soviet Socialist Republics.'))).toBe(
			'When was the U.S.S.R. formed?'
		);
	});
});

describe('a proper word lower-cased at the head of a sentence', () => {
	const ctx = (original: string) => ({ doc: { document: 'd.txt', original, sections: [], attribution: {} } });
	it('takes the capital the document gives it inside sentences', () => {
		const doc = ctx('Russian revolutionary sweep is a force. He praised the Russian workers and the Russian peasants.');
		expect(mendCasing('what is russian revolutionary sweep?', doc)).toBe('what is Russian revolutionary sweep?');
		const french = ctx('The French army marched. He met the French envoy. Reform was slow.');
		expect(mendCasing('what is reform?', french)).toBe('what is reform?');
		expect(mendCasing('the french army', french)).toBe('the French army');
	});
});
