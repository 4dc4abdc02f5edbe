import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/lib/extract/claims';
import { ingestDocument } from '../../src/lib/ingest';
import { thesisCards } from '../../src/lib/cards/templates';
import { cardProblems } from '../../src/lib/cards/quality';
import type { ThesisFact } from '../../src/lib/extract/types';

function claims(text: string, name = 'notes.txt') {
	const doc = ingestDocument(name, text);
	const found = extractClaims(doc);
	const cardsOf = (fact: ThesisFact) =>
		thesisCards(fact, { doc }).filter((c) => cardProblems(c, doc.original).length === 0);
	return { doc, found, cardsOf };
}

describe('reported views: "X argued that …" is X\'s claim, asked as what X argued', () => {
	it('a historian with a work and year in an aside (Tudor chapter)', () => {
		const { found, cardsOf } = claims(
			'The question has divided historians for two generations. Eamon Duffy, in The Stripping of the Altars (1992), argued that late medieval traditional religion was vigorous and popular and was destroyed from above, by the state, against the wishes of most of the people.'
		);
		const duffy = found.find((f) => f.author === 'Eamon Duffy');
		expect(duffy).toMatchObject({ form: 'ascribed', topic: 'late medieval traditional religion' });
		const card = cardsOf(duffy!)[0];
		expect(card.front).toMatch(
			/^What did Eamon Duffy argue about late medieval traditional religion in 1992, according to/
		);
		expect(card.back).toMatch(/^That late medieval traditional religion was vigorous and popular/);
	});

	it('an invented excerpt on Athens: "Thucydides argued that …" after a lead phrase', () => {
		const { found, cardsOf } = claims(
			'Writing after the defeat of Athens, Thucydides argued that the growth of Athenian power and the fear it caused in Sparta made the war inevitable.'
		);
		expect(found).toHaveLength(1);
		expect(found[0].author).toBe('Thucydides');
		expect(cardsOf(found[0])[0].back).toBe(
			'That the growth of Athenian power and the fear it caused in Sparta made the war inevitable'
		);
	});

	it('"Later historians, among them X, have argued that …" names X (Weimar)', () => {
		const { found } = claims(
			'Later historians, among them Sally Marks, have argued that the reparations were payable and that the burden was more political than economic.'
		);
		expect(found[0]).toMatchObject({ author: 'Sally Marks', topic: 'the reparations' });
	});

	it('revision notes: a label and a colon before the claimant, the quote kept whole (Cold War)', () => {
		const { found, cardsOf } = claims(
			'- Truman became Pres. on 12 April 1945 when FDR died\n- Truman argued that "it must be the policy of the United States to support free peoples who are resisting attempted subjugation by armed minorities or by outside pressures"\n- peaceful coexistence: Khrushchev argued that war between capitalism and communism was not "fatally inevitable" — the two systems could compete peacefully\n',
			'cold-war-notes.md'
		);
		expect(found.map((f) => f.author)).toEqual(['Truman', 'Khrushchev']);
		expect(cardsOf(found[1])[0].back).toBe(
			'That war between capitalism and communism was not "fatally inevitable"'
		);
	});

	it('a view on what caused something is asked the other way round (invented: Luther)', () => {
		const { found, cardsOf } = claims(
			'Heiko Oberman, in Luther: Man between God and the Devil (1982), argued that fear of the approaching Last Judgement was the main cause of the Reformation.'
		);
		expect(found[0]).toMatchObject({
			form: 'definition',
			topic: 'the main cause of the Reformation',
			year: 1982
		});
		const card = cardsOf(found[0])[0];
		expect(card.front).toBe(
			'According to Heiko Oberman, “Luther: Man between God and the Devil” (1982), what was the main cause of the Reformation?'
		);
		expect(card.back).toBe('Fear of the approaching Last Judgement');
	});

	it('"told the Assembly: “…”" is what the speaker told whom (Weimar; invented: de Gaulle)', () => {
		const { found } = claims(
			'Chancellor Joseph Wirth told the Reichstag the next day: "The enemy stands on the right!"\n\nGeneral Charles de Gaulle told the Assembly in 1946: "France cannot be France without greatness."'
		);
		expect(found.map((f) => [f.author, f.verb])).toEqual([
			['Joseph Wirth', 'tell the Reichstag'],
			['Charles de Gaulle', 'tell the Assembly in 1946']
		]);
	});

	it('no claim from a clause that leans on earlier text, nor from an unnamed or non-person claimant', () => {
		const { found } = claims(
			'Critics have since argued that the combination of Article 48 with the power of dissolution gave the president a dangerous independence. Pericles argued that they should stay behind the walls. The Soviet Union claimed that the elections had been free.'
		);
		expect(found).toEqual([]);
	});

	it('"X claimed the throne" is no view: without "that" the object must be a clause', () => {
		const { found } = claims('In 1399 Henry Bolingbroke claimed the throne of England and was crowned.');
		expect(found).toEqual([]);
	});
});
