import { describe, expect, it } from 'vitest';
import { dateCards, landmarkEvent } from '../../src/lib/cards/templates';
import { cardProblems, notAVerbAfterDid } from '../../src/lib/cards/quality';
import type { DateFact, DateValue } from '../../src/lib/extract/types';
import { fixtureDocument } from './fixture-document';
import { formatDateValue } from '../../src/lib/cards/dates';

const day = (written: string, iso: string, at: number): DateValue => ({
	start: { iso, precision: 'day', calendar: 'gregorian' },
	written,
	span: { start: at, end: at + written.length }
});

// A chronicle paragraph (Kalinin's works, 1920): the year is given once, the entries below take it.
const chronicle =
	"In 1920 the Council met often. On November 23, the Council of People's Commissars adopted a decree on concessions. It was printed.";

describe('a date card quotes the line that gives its year', () => {
	const doc = fixtureDocument('chronicle.txt', chronicle);
	const entry = doc.sentences[1];
	const fact: DateFact = {
		kind: 'date',
		sentence: entry,
		importance: 0.5,
		event: 'the C.P.C. adopted a decree on concessions',
		question: 'did the C.P.C. adopt a decree on concessions',
		date: day('November 23', '1920-11-23', chronicle.indexOf('November 23'))
	};

	it('widens the quote back to the sentence naming the year', () => {
		const [card] = dateCards(fact, { doc });
		expect(card.back).toBe('23 November 1920');
		expect(card.source.quote).toBe("In 1920 the Council met often. On November 23, the Council of People's Commissars adopted a decree on concessions.");
		expect(card.source.quote).toBe(chronicle.slice(card.source.start, card.source.end));
		expect(cardProblems(card, chronicle)).toEqual([]);
	});

	it('drops the card when no nearby line shows the year', () => {
		const far = `In 1920 the Council met.${' The Council sat and talked at length.'.repeat(20)} On November 23, the Council adopted a decree on concessions.`;
		const farDoc = fixtureDocument('chronicle.txt', far);
		const sentence = farDoc.sentences[farDoc.sentences.length - 1];
		const [card] = dateCards(
			{ ...fact, sentence, date: day('November 23', '1920-11-23', far.indexOf('November 23')) },
			{ doc: farDoc }
		);
		expect(card.source.quote).not.toContain('1920');
		expect(cardProblems(card, far)).toContain('date-not-shown');
	});

	it('keeps a day-and-month entry under a section dated to the same year', () => {
		const dated = fixtureDocument('works.txt', 'March 25 J. V. Stalin completes his “Outline of Studies in Leninism.”', {
			author: 'Stalin',
			year: 1924
		});
		const [card] = dateCards(
			{
				kind: 'date',
				sentence: dated.sentences[0],
				importance: 0.5,
				event: 'Stalin completes his Outline of Studies in Leninism',
				question: 'did Stalin complete his “Outline of Studies in Leninism”',
				date: day('March 25', '1924-03-25', 0)
			},
			{ doc: dated }
		);
		expect(cardProblems(card, dated.original)).not.toContain('date-not-shown');
	});
});

describe('chronicle stems forced into "When did X …?"', () => {
	it.each([
		// Stalin, Works vol. 6, chronicle: "June 4 Greetings to the Baku workers … signed by J. V. Stalin … are published"
		'When did Stalin greeting to the Baku workers on the occasion of the opening of a new gusher',
		// "J. V. Stalin speaks at a meeting of the workers at the Dynamo Factory held on the occasion of …"
		'When did Stalin speak at a meeting of the workers at the Dynamo Factory held',
		'When did J. V. Stalin speaks at the plenum',
		// "J. V. Stalin directs the proceedings of the plenum and at the sitting … speaks" read back in the past
		'When did Stalin direct the proceedings of the plenum and at the sitting spoke'
	])('rejects %s', (q) => {
		expect(notAVerbAfterDid(q)).toBe(true);
	});
	it.each([
		'When did Lenin die',
		'When did J. V. Stalin deliver a speech on “Trotskyism or Leninism?”',
		'When did Kalinin join the Russian Social Democratic Labour Party',
		'When did the C.P.C. adopt a decree on concessions',
		'When did Stalin launch a new attack on Trotsky',
		'When did Stalin pass the exams'
	])('accepts %s', (q) => {
		expect(notAVerbAfterDid(q)).toBe(false);
	});
});

describe('reverse date cards only for landmark events', () => {
	it.each(['Lenin died', 'Kalinin was elected Chairman', 'the Second Congress opened', 'the treaty was signed'])(
		'keeps %s',
		(event) => expect(landmarkEvent(event)).toBe(true)
	);
	it.each([
		'Stalin wrote a letter to Demyan Bedny',
		'Stalin speaks on the report on internal trade',
		'the District Conference elected Stalin a delegate to the Moscow Gubernia Party Conference',
		'Kalin executed the highest organ of the Soviet state'
	])(
		'drops %s',
		(event) => expect(landmarkEvent(event)).toBe(false)
	);
});

describe('a year late in another paragraph does not date a chronicle entry', () => {
	it('leaves the quote alone (the section year or the filter decide)', () => {
		const text =
			'The author finished the preface in December 1924.\n\nJanuary 4 The conference elects the delegates.';
		const doc = fixtureDocument('works.txt', text);
		const [card] = dateCards(
			{
				kind: 'date',
				sentence: doc.sentences[1],
				importance: 0.5,
				event: 'the conference elects the delegates',
				question: 'did the conference elect the delegates',
				date: day('January 4', '1924-01-04', text.indexOf('January 4'))
			},
			{ doc }
		);
		expect(card.source.quote).toBe('January 4 The conference elects the delegates.');
	});
});

describe('dates the source gives in both calendars', () => {
	it('read a range as two ranges, Old Style first', () => {
		// Stalin, Works vol. 6, note: "on October 24-26 (11-13), 1917".
		const d = (iso: string, alt: string) => ({
			iso,
			precision: 'day' as const,
			calendar: 'gregorian' as const,
			alt: { iso: alt, calendar: 'julian' as const }
		});
		expect(
			formatDateValue({
				start: d('1917-10-24', '1917-10-11'),
				end: d('1917-10-26', '1917-10-13'),
				written: 'October 24-26 (11-13), 1917',
				span: { start: 0, end: 27 }
			})
		).toBe('11–13 October 1917 (Old Style); 24–26 October 1917 (New Style)');
	});
});
