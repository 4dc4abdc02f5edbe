import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/lib/ingest';
import { extractFacts } from '../../src/lib/extract';
import { speechClaim } from '../../src/lib/extract/speeches';
import { thesisCards } from '../../src/lib/cards/templates';
import { cardProblems } from '../../src/lib/cards/quality';
import { examWorthiness } from '../../src/lib/cards/exam-worthiness';
import type { ThesisFact } from '../../src/lib/extract/types';

/** The kept thesis cards of a document, as "front → back". */
function thesisCardsOf(name: string, text: string): string[] {
	const doc = ingestDocument(name, text);
	return extractFacts(doc)
		.filter((f): f is ThesisFact => f.kind === 'thesis')
		.flatMap((f) => thesisCards(f, { doc }))
		.filter((c) => cardProblems(c, doc.original).length === 0 && examWorthiness(c).keep)
		.map((c) => `${c.front} → ${c.back}`);
}

/** An invented volume: a letter-spaced title page with a blank line before the genre, dated pieces. */
const ATATURK = `A T A T Ü R K

SPEECHES AND STATEMENTS

INTRODUCTION

Mustafa Kemal was born in Salonica in 1881. He became the first President of the Republic of Turkey in October 1923.

ADDRESS TO THE GRAND NATIONAL ASSEMBLY
Ankara, 1 March 1922

    Sovereignty belongs unconditionally to the nation. We shall never accept a peace imposed by force.

THE TENTH ANNIVERSARY SPEECH
Ankara, 29 October 1933

    Science is the truest guide in life. [. . .] The first duty of the Republic is to educate its citizens.
`;

describe("a statesman's volume: the speaker's claims, each dated by its speech", () => {
	it('reads claims of several shapes as cards naming the speaker and the year (invented: Atatürk)', () => {
		const cards = thesisCardsOf('ataturk.txt', ATATURK);
		expect(cards).toContain(
			'According to Atatürk (1922), sovereignty belongs unconditionally to ____. → the nation'
		);
		expect(cards).toContain(
			'According to Atatürk (1922), we shall never accept ____. → a peace imposed by force'
		);
		expect(cards).toContain(
			'According to Atatürk, “The Tenth Anniversary Speech” (1933), what is the truest guide in life? → Science'
		);
		expect(cards).toContain(
			'According to Atatürk, “The Tenth Anniversary Speech” (1933), what is the first duty of the Republic? → To educate its citizens'
		);
		// The editor's introduction is not the speaker's.
		expect(cards.join('\n')).not.toMatch(/Salonica|born/);
	});

	it('"only X can …", "X is more … than Y", "must be made safe for X", "no quarrel with X" (invented: Nehru, Lincoln)', () => {
		expect(speechClaim('Only a government of free men can endure.')).toMatchObject({
			predicate: 'a government of free men'
		});
		expect(speechClaim('Liberty is more precious than bread.')).toMatchObject({
			form: 'definition',
			topic: 'more precious than bread',
			predicate: 'Liberty'
		});
		expect(speechClaim('The union must be made safe for all its peoples.')).toMatchObject({
			predicate: 'all its peoples'
		});
		expect(speechClaim('We have no quarrel with the people of Pakistan.')).toMatchObject({
			predicate: 'the people of Pakistan'
		});
		expect(speechClaim('Peace cannot be secured by preparing for war.')).toMatchObject({
			topic: 'peace',
			predicate: 'preparing for war'
		});
	});

	it('"X must be ADJ in … as well as in …" asks for the quality, without the time phrase (invented: Nehru)', () => {
		expect(
			speechClaim('India must be neutral in thought as well as in deed during these anxious days.')
		).toMatchObject({
			claim: 'India must be neutral in thought as well as in deed',
			predicate: 'neutral'
		});
	});
});

describe('a piece whose letter-spaced heading the page kept inside the piece before', () => {
	it('is a piece of its own: its date, and its claims cite its title and year (invented: Lincoln)', () => {
		const text = `A B R A H A M   L I N C O L N

SELECTED SPEECHES AND LETTERS

                         I.
       A D D R E S S   A T   C O O P E R   U N I O N
          Cooper Union, New York, 27 February 1860

Let us have faith that right makes might. The government of a free people must rest upon consent.

       A D D R E S S   A T   G E T T Y S B U R G ,   P E N N S Y L V A N I A
          Soldiers' National Cemetery, Gettysburg, 19 November 1863

The union is the heart of the whole nation. Government of the people shall not perish from the earth.
`;
		const cards = thesisCardsOf('lincoln.txt', text);
		expect(cards).toContain(
			'According to Lincoln, “Address at Gettysburg, Pennsylvania” (1863), what is the union? → The heart of the whole nation'
		);
		const doc = ingestDocument('lincoln.txt', text);
		const dates = extractFacts(doc).filter((f) => f.kind === 'date' && /Gettysburg/.test(f.question));
		expect(dates.map((f) => (f.kind === 'date' ? f.date.start.iso : ''))).toEqual(['1863-11-19']);
	});
});

describe('short principles a speaker states', () => {
	it('"X is not a Y", "Freedom is indivisible", "the torch has been passed to X" (invented: Nehru, Lincoln)', () => {
		expect(speechClaim('Tolerance is not a sign of weakness.')).toMatchObject({
			claim: 'tolerance is not a sign of weakness',
			predicate: 'a sign of weakness'
		});
		expect(speechClaim('Liberty is indivisible, whatever its enemies say.')).toMatchObject({
			topic: 'liberty',
			predicate: 'indivisible'
		});
		expect(speechClaim('The task of freedom has been passed to a new generation of Indians.')).toMatchObject({
			predicate: 'a new generation of Indians'
		});
		expect(speechClaim('Lasting peace must be the work of many nations.')).toMatchObject({
			claim: 'lasting peace must be the work of many nations',
			predicate: 'the work of many nations'
		});
	});
});

describe('a conviction that says what a thing is', () => {
	it('"I believe that X is the only remedy for Y" asks for the remedy (invented: Pitt)', () => {
		const cards = thesisCardsOf(
			'pitt.txt',
			'SPEECHES OF WILLIAM PITT\n\nSPEECH ON THE UNION WITH IRELAND\nHouse of Commons, 31 January 1799\n\nI believe that Catholic emancipation is the only remedy for the disorders of Ireland.\n'
		);
		expect(cards).toContain(
			'According to Pitt, “Speech on the Union with Ireland” (1799), what is the only remedy for the disorders of Ireland? → Catholic emancipation'
		);
	});
});
