import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/lib/ingest';
import {
	extractSpeechFacts,
	numberedMaxims,
	readDateline,
	speakerName,
	speechClaim,
	volumeSpeaker
} from '../../src/lib/extract/speeches';
import { thesisCards, dateCards } from '../../src/lib/cards/templates';
import { cardProblems } from '../../src/lib/cards/quality';
import type { DateFact, ThesisFact } from '../../src/lib/extract/types';

/** An invented volume of another statesman, with the debris of a PDF: page numbers, running headers. */
const CHURCHILL = `THE WAR SPEECHES OF
WINSTON CHURCHILL
Volume One

                                                                   1
INTRODUCTION

    In October 1911 Asquith appointed him First Lord of the Admiralty.

                                                                   3
THE WAR SPEECHES OF WINSTON CHURCHILL

WARS ARE NOT WON BY EVACUATIONS
House of Commons, 4 June 1940

    We must be very careful not to assign to this deliverance the at-
tributes of a victory. Wars are not won by evacuations. . . .
    Our aim is victory, victory at all costs.

[Editor's note: The speech was broadcast that evening.]

                                                                   4
THE WAR SPEECHES OF WINSTON CHURCHILL

    We shall go on to the end, and we shall never surrender.

                                                                   5
THE WAR SPEECHES OF WINSTON CHURCHILL

THEIR FINEST HOUR
House of Commons, 18 June 1940

    The Battle of France is over. I expect that the Battle of Britain
is about to begin.
`;

function facts(text: string, name = 'speeches.txt') {
	const doc = ingestDocument(name, text);
	const found = extractSpeechFacts(doc, []);
	const dates = found.filter((f): f is DateFact => f.kind === 'date');
	const theses = found.filter((f): f is ThesisFact => f.kind === 'thesis');
	const keep = <T extends { source: { quote: string } }>(cards: T[]) =>
		cards.filter((c) => cardProblems(c as never, doc.original).length === 0);
	return { doc, dates, theses, keep };
}

describe('a volume of one statesman: who speaks', () => {
	it('reads the speaker from "Speeches of NAME" and from "NAME / SPEECHES …" title pages', () => {
		expect(volumeSpeaker(ingestDocument('a.txt', CHURCHILL))).toBe('Churchill');
		expect(
			volumeSpeaker(
				ingestDocument('b.txt', 'CHARLES DE GAULLE\nSPEECHES, APPEALS AND PRESS CONFERENCES\n\nText.')
			)
		).toBe('de Gaulle');
		expect(
			volumeSpeaker(
				ingestDocument('c.txt', 'SELECTED WRITINGS OF\nSIMÓN BOLÍVAR\nLetters, 1812–1830\n\nText.')
			)
		).toBe('Bolívar');
		expect(volumeSpeaker(ingestDocument('e.txt', "Lincoln's Selected Addresses\n\nText."))).toBe('Lincoln');
		expect(volumeSpeaker(ingestDocument('d.txt', 'A History of the Weimar Republic\n\nText of it.'))).toBe(
			undefined
		);
	});

	it('keeps a surname particle: "Otto von Bismarck" is von Bismarck, "ABRAHAM LINCOLN" is Lincoln', () => {
		expect(speakerName('Otto von Bismarck')).toBe('von Bismarck');
		expect(speakerName('ABRAHAM LINCOLN')).toBe('Lincoln');
	});
});

describe('each piece is dated by the dateline under its title, the place first or not', () => {
	it('reads "House of Commons, 4 June 1940" and "Kingston, Jamaica, September 6, 1815", not prose', () => {
		const line = 'House of Commons, 4 June 1940';
		expect(readDateline(line, 0, line)?.date.start.iso).toBe('1940-06-04');
		const jamaica = 'Kingston, Jamaica, September 6, 1815';
		expect(readDateline(jamaica, 0, jamaica)?.date.start.iso).toBe('1815-09-06');
		for (const [line, iso] of [
			['Delivered in the House of Commons on 13 May 1940', '1940-05-13'],
			['13 May 1940, House of Commons', '1940-05-13'],
			['[Gettysburg, Pennsylvania, November 19, 1863]', '1863-11-19']
		])
			expect(readDateline(line, 0, line)?.date.start.iso).toBe(iso);
		const signed = 'The treaty was signed on 13 May 1940';
		expect(readDateline(signed, 0, signed)).toBeUndefined();
		const prose = 'He spoke in the House of Commons on 4 June 1940';
		expect(readDateline(prose, 0, prose)).toBeUndefined();
		// A bare year heads a chronology; a range is a period, not the day of a speech.
		expect(readDateline('1940', 0, '1940')).toBeUndefined();
	});

	it('asks when the speaker gave each speech, quoting title and dateline', () => {
		const { dates, doc, keep } = facts(CHURCHILL);
		expect(dates.map((d) => [d.question, d.date.start.iso])).toEqual([
			['did Churchill deliver “Wars Are Not Won by Evacuations”', '1940-06-04'],
			['did Churchill deliver “Their Finest Hour”', '1940-06-18']
		]);
		const card = keep(dateCards(dates[0], { doc }))[0];
		expect(card.front).toBe('When did Churchill deliver “Wars Are Not Won by Evacuations”?');
		expect(card.source.quote).toMatch(/^WARS ARE NOT WON BY EVACUATIONS\nHouse of Commons, 4 June 1940$/);
	});

	it('a running header in the volume opens no piece of its own, and the page under it stays in the speech', () => {
		const { theses } = facts(CHURCHILL);
		const resolve = theses.find((t) => /never surrender/.test(t.claim));
		expect(resolve).toMatchObject({
			work: 'Wars Are Not Won by Evacuations',
			year: 1940,
			author: 'Churchill'
		});
	});
});

describe("the speaker's claims in a speech", () => {
	it('a denial: "Wars are not won by evacuations" (invented excerpt of Churchill)', () => {
		const { theses, doc, keep } = facts(CHURCHILL);
		const denial = theses.find((t) => t.predicate === 'evacuations')!;
		const card = keep(thesisCards(denial, { doc }))[0];
		expect(card.front).toBe('According to Churchill (1940), wars are not won by ____.');
		expect(card.back).toBe('evacuations');
	});

	it('an aim: "Our aim is victory, victory at all costs" — not an editor\'s bracketed note', () => {
		const { theses } = facts(CHURCHILL);
		expect(theses.find((t) => t.topic === 'the aim')).toMatchObject({
			form: 'definition',
			predicate: 'victory, victory at all costs'
		});
		expect(theses.some((t) => /broadcast/.test(t.claim))).toBe(false);
	});

	it('a duty: the subject must not … (de Gaulle, 1940)', () => {
		expect(
			speechClaim('Whatever happens, the flame of French resistance must not and shall not go out.')
		).toMatchObject({
			claim: 'The flame of French resistance must not and shall not go out',
			predicate: 'The flame of French resistance'
		});
		// Invented: Lincoln's maxim of 1858.
		expect(speechClaim('A house divided against itself cannot stand.')?.predicate).toBe(
			'A house divided against itself'
		);
		// A forecast of a short subject is no duty a card can hold.
		expect(speechClaim('Success will crown our efforts.')).toBeUndefined();
	});

	it('a cleft is said plainly: "It is from the head of State … that the executive power must proceed"', () => {
		expect(
			speechClaim(
				'It is from the head of State, placed above the parties, that the executive power must proceed.'
			)
		).toMatchObject({
			claim: 'The executive power must proceed from the head of State',
			predicate: 'the head of State'
		});
		// Invented: Bismarck's Reichstag.
		expect(
			speechClaim('It is not by speeches that the great questions of the day are decided.')
		).toBeUndefined();
	});

	it('a contrast "X is not Y but Z" defines X (invented excerpt of Lincoln)', () => {
		expect(
			speechClaim('The Union is not a league of states but a perpetual government of the people.')
		).toMatchObject({
			form: 'definition',
			topic: 'the Union',
			predicate: 'not a league of states but a perpetual government of the people'
		});
	});

	it('who the speaker\'s people are: "We are not Europeans; we are not Indians; we are but …" (Bolívar, 1819)', () => {
		expect(
			speechClaim(
				'We are not Europeans; we are not Indians; we are but a mixed species of aborigines and Spaniards.'
			)
		).toMatchObject({ predicate: 'mixed species of aborigines and Spaniards' });
	});

	it('a verdict on a country is read only when the subject is a name, not a sentence opener', () => {
		const names = (w: string) => w === 'England';
		expect(
			speechClaim('England in effect is insular, she is maritime, she is linked to distant lands.', names)
		).toMatchObject({ claim: 'England in effect is insular', predicate: 'insular' });
		expect(speechClaim('Prussia is essential to the balance of Europe.', names)).toBeUndefined();
		expect(
			speechClaim('Prussia is essential to the peace of Europe.', (w) => w === 'Prussia')
		).toBeUndefined();
		expect(
			speechClaim('Japan is vulnerable, and she knows it well enough.', (w) => w === 'Japan')
		).toMatchObject({
			predicate: 'vulnerable'
		});
	});

	it('the resolve: "we shall never surrender"; the only one: "there is only one category …"', () => {
		expect(speechClaim('We shall go on to the end, and we shall never surrender.')?.predicate).toBe(
			'surrender'
		);
		expect(
			speechClaim('I declare that in the whole of Algeria there is only one category of inhabitants.')
		).toMatchObject({
			claim: 'In the whole of Algeria there is only one category of inhabitants',
			predicate: 'one category of inhabitants'
		});
	});

	it('a warning "If X, Y would become Z": the gap is what Y would become (de Gaulle 1963; invented Lincoln)', () => {
		expect(
			speechClaim(
				'If Great Britain entered, the Common Market would finally appear as a colossal Atlantic community under American dependence and direction, and that is not what France wanted.'
			)
		).toMatchObject({ topic: 'the Common Market', predicate: 'a colossal Atlantic community' });
		expect(
			speechClaim(
				'If slavery spread to the territories, the Union would become a house divided against itself.'
			)
		).toMatchObject({ topic: 'the Union', predicate: 'a house divided against itself' });
		expect(
			speechClaim('If slavery spread to all the States, the Union would become a nation of slaveholders.')
				?.predicate
		).toBe('a nation of slaveholders');
	});

	it('the speaker\'s own resolve "I … shall …" is a line of his: who said it?', () => {
		expect(speechClaim('I have a mandate from the people, and I shall fulfil it.')).toMatchObject({
			link: 'said'
		});
		expect(speechClaim('I shall not withdraw.')).toBeUndefined();
		// What the speech will do is no vow; "this is" is no thing; a duty "for us" no longer says whose.
		expect(
			speechClaim('I shall not delve into the motives of the opposition deputies today.')
		).toBeUndefined();
		expect(speechClaim('This is obvious to every deputy of the Diet.')).toBeUndefined();
		expect(speechClaim('Difficulty must not be an insuperable barrier for us.')).toBeUndefined();
	});

	it('numbered maxims are lines of their own; one that leans on "this" is left out (Bolívar, 1830)', () => {
		expect(
			numberedMaxims(
				'I have gained only a few certainties: (1) America is ungovernable, for us; (2) Those who serve a revolution plough the sea; (3) This country will fall into the hands of tyrants. . . .'
			)
		).toEqual(['America is ungovernable, for us', 'Those who serve a revolution plough the sea']);
	});

	it('a document that is no volume of speeches gets nothing from this module', () => {
		const { dates, theses } = facts(
			'THE WEIMAR REPUBLIC\n\nThe war is not won by speeches. Our aim is victory.\n'
		);
		expect([...dates, ...theses]).toEqual([]);
	});
});
