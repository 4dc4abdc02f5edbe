import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/lib/extract/claims';
import { extractTheses } from '../../src/lib/extract/theses';
import { ingestDocument } from '../../src/lib/ingest';
import { thesisCards } from '../../src/lib/cards/templates';
import { cardProblems } from '../../src/lib/cards/quality';
import type { ThesisFact } from '../../src/lib/extract/types';

function claims(text: string, name = 'notes.txt') {
	const doc = ingestDocument(name, text);
	// As in the pipeline: the thesis shapes run first, and a sentence they took is not taken again.
	const found = extractClaims(doc, extractTheses(doc));
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
			/^What did Eamon Duffy argue about late medieval traditional religion in 1992\b/
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

describe('quotations under a citation line are the cited speaker\'s, asked as "Who said …?"', () => {
	it('a reader\'s items: "Name — Work (Place, Year)" heads the quotation (Risorgimento reader)', () => {
		const { found, cardsOf } = claims(
			'No. 6\nCarlo Pisacane — Political Testament (written at Genoa, June 1857)\n\n"I believe that ideas spring from deeds, and not deeds from ideas; and that the people will not be free when they are educated, but will be educated when they are free."\n\n[Ed.] Written on the eve of the expedition to Sapri.\n\n\nNo. 14\nMassimo d\'Azeglio — I miei ricordi (published 1867)\n\n"Italy has been made, but the Italians are not being made."\n',
			'reader.txt'
		);
		expect(found.map((f) => [f.author, f.year, f.claim])).toEqual([
			['Carlo Pisacane', 1857, 'I believe that ideas spring from deeds, and not deeds from ideas'],
			["Massimo d'Azeglio", 1867, 'Italy has been made, but the Italians are not being made']
		]);
		const card = cardsOf(found[0])[0];
		expect(card.front).toBe(
			'Who said in 1857: “I believe that ideas spring from deeds, and not deeds from ideas”?'
		);
		expect(card.back).toBe('Carlo Pisacane');
	});

	it("an invented reader on Athens: the editor's note is not the speaker's, and an item without a person ends the last", () => {
		const { found } = claims(
			'No. 1\nPericles — Funeral Oration (Athens, 431 BC), as given by Thucydides (c. 400 BC)\n\n"Our constitution does not copy the laws of neighbouring states; we are rather a pattern to others than imitators ourselves."\n\n[Ed.] The speech is Thucydides\' reconstruction, written decades later.\n\nNo. 2\nThe Athenian tribute lists (454 BC)\n\n"The allies paid one sixtieth of their tribute to Athena."\n',
			'reader.txt'
		);
		expect(found.map((f) => [f.author, f.quotedBy, f.year, f.claim])).toEqual([
			[
				'Pericles',
				'Thucydides',
				undefined,
				'Our constitution does not copy the laws of neighbouring states; we are rather a pattern to others than imitators ourselves'
			]
		]);
	});

	it('"Name, Work (Year): “…”" and "Name to X, date: “…”" in a chronicle (1905)', () => {
		const { found } = claims(
			'V. I. Lenin, "Left-Wing" Communism, an Infantile Disorder (1920): "Without\nthe \'dress rehearsal\' of 1905, the victory of the October Revolution in\n1917 would have been impossible."\n\nMay 10 (23) — Stolypin in the Duma, on the agrarian question: "They need\ngreat upheavals; we need a great Russia."\n',
			'chronicle.txt'
		);
		expect(found.map((f) => [f.author, f.year])).toEqual([
			['Lenin', 1920],
			['Stolypin', undefined]
		]);
	});

	it('"he said: “…”" in a register entry speaks for the entry\'s person (invented: Luther)', () => {
		const { found } = claims(
			'LUTHER, Martin\n  born 10 November 1483, Eisleben\n  1517  posts the Ninety-five Theses\n  At the Diet of Worms (1521) he said: "Here I stand, I can do no other."\n',
			'register.txt'
		);
		expect(found.map((f) => [f.author, f.year, f.claim])).toEqual([
			['Luther', 1521, 'Here I stand, I can do no other']
		]);
	});
});

describe('the claimant named by a pronoun or behind a wiki gloss', () => {
	it('"In Work (Year) he argued that …" after "It was X who …" (Tudor chapter)', () => {
		const { found } = claims(
			'It was G. R. Elton who made Cromwell the hero of the 1530s. In The Tudor Revolution in Government (1953) he argued that Cromwell deliberately replaced the personal, household government of the medieval kings with national, bureaucratic government: the Privy Council as a small executive board.'
		);
		expect(found[0]).toMatchObject({
			author: 'G. R. Elton',
			verb: 'argue in 1953',
			predicate:
				'that Cromwell deliberately replaced the personal, household government of the medieval kings with national, bureaucratic government'
		});
	});

	it('"he said that he …" speaks of himself, asked with its occasion (invented: Charles I)', () => {
		const { found, cardsOf } = claims(
			'Charles I was tried in Westminster Hall in January 1649. On the scaffold, according to a witness, he said that he died a martyr of the people.'
		);
		const card = cardsOf(found[0])[0];
		expect(card.front).toMatch(/^What did Charles I say on the scaffold in 1649\b/);
		expect(card.back).toBe('That Charles I died a martyr of the people');
	});

	it('a hover gloss glued after the name is skipped (Weimar wiki dump)', () => {
		const { found } = claims(
			'John Maynard Keynes John Maynard Keynes, 1st Baron Keynes, was an English economist.... argued in The Economic Consequences of the Peace (1919) that the reparations demanded of Germany were beyond its capacity to pay.'
		);
		expect(found[0]).toMatchObject({
			author: 'John Maynard Keynes',
			topic: 'the reparations demanded of Germany'
		});
	});
});

describe("described-as, a note's label, and the speaker's own stance", () => {
	it('"X described Y as Z" asks how X described Y (Weimar; invented: Burke)', () => {
		const { found, cardsOf } = claims(
			'Detlev Peukert described the Weimar years as a "crisis of classical modernity", arguing that the republic failed.\n\nEdmund Burke described the Revolution in France as a "digest of anarchy".'
		);
		expect(found.map((f) => [f.author, f.topic, f.predicate])).toEqual([
			['Detlev Peukert', 'the Weimar years', 'as a "crisis of classical modernity"'],
			['Edmund Burke', 'the Revolution in France', 'as a "digest of anarchy"']
		]);
		expect(cardsOf(found[0])[0].front).toMatch(
			/^How did Detlev Peukert describe the Weimar years, according to/
		);
	});

	it('"Name\'s article (…, 1947): claim" in notes (Cold War; invented: Sieyès)', () => {
		const { found } = claims(
			'- Kennan\'s "X" article (Foreign Affairs, July 1947): US policy must be "long-term, patient but firm and vigilant containment of Russian expansive tendencies"\n- Sieyès\'s pamphlet (January 1789): the Third Estate is the whole nation\n',
			'notes.md'
		);
		expect(found.map((f) => [f.author, f.topic, f.verb])).toEqual([
			['Kennan', 'US policy', 'argue in 1947'],
			['Sieyès', 'the Third Estate', 'argue in 1789']
		]);
	});

	it("in a volume of one author's writings: the cause a speaker names first, and what he pleads for (Bolívar)", () => {
		const { found, cardsOf } = claims(
			'SELECTED WRITINGS OF\nSIMÓN BOLÍVAR\nLetters and Addresses\n\nTHE CARTAGENA MANIFESTO\nCartagena de Indias, December 15, 1812\n\n    The most important cause of the fall of Venezuela was, in my\nopinion, the federal form which it adopted. . . . Our fellow citizens\nare not yet able to exercise their rights.\n\nADDRESS AT ANGOSTURA\nFebruary 15, 1819\n\n    I leave to your sovereign decision the reform of all my decrees; but I plead for the confirmation of\nthe absolute freedom of the slaves, as I would plead for my very life.\n',
			'writings.txt'
		);
		const cause = found.find((f) => f.form === 'definition');
		expect(cardsOf(cause!)[0].front).toBe(
			'According to Bolívar, “The Cartagena Manifesto” (1812), what was the most important cause of the fall of Venezuela?'
		);
		expect(cardsOf(cause!)[0].back).toBe('The federal form which it adopted');
		const plea = found.find((f) => f.verb === 'plead for in 1819');
		expect(plea?.predicate).toBe('the confirmation of the absolute freedom of the slaves');
	});

	it('a speech by a known author: "I believe that …" (invented: Luther at Worms)', () => {
		const { found } = claims(
			'SPEECHES OF MARTIN LUTHER\n\nSPEECH AT THE DIET OF WORMS\nWorms, April 18, 1521\n\nI believe that neither pope nor councils alone can be trusted, since they have often erred.\n',
			'speeches.txt'
		);
		expect(found[0]).toMatchObject({ author: 'Luther', verb: 'believe in 1521', year: 1521 });
	});
});

describe('"According to X, …" and incidental first-person remarks', () => {
	it('"According to the historian X, clause" is X\'s claim (invented: Figes; Pericles)', () => {
		const { found } = claims(
			'According to the historian Orlando Figes, the peasant revolution of 1917 was a revolution of its own.\n\nAccording to Thucydides, the growth of Athenian power made the war inevitable.'
		);
		expect(found.map((f) => [f.author, f.verb, f.topic])).toEqual([
			['Orlando Figes', 'claim', 'the peasant revolution of 1917'],
			['Thucydides', 'claim', 'the growth of Athenian power']
		]);
	});

	it('"I believe that the amount can be raised" in a speech is no conviction to card (invented: de Gaulle)', () => {
		const { found } = claims(
			'SPEECHES OF CHARLES DE GAULLE\n\nSPEECH AT BAYEUX\nBayeux, June 16, 1946\n\nI believe that with some effort the amount can be raised to a billion francs. I believe that we must rebuild the State.\n',
			'speeches.txt'
		);
		expect(found.filter((f) => f.verb === 'believe')).toEqual([]);
	});
});

describe('revision notes spell out their own abbreviations on the card', () => {
	it('"Abbrevs: CW = Cold War" (Cold War notes) and "CPS = Committee of Public Safety" (invented)', () => {
		const { found, cardsOf } = claims(
			'Abbrevs: CW = Cold War, CPS = Committee of Public Safety\n\n- Revisionist: William Appleman Williams (The Tragedy of American Diplomacy, 1959) argued that the US drive for an "open door" was the main cause of the CW\n- Albert Soboul argued that the CPS was the instrument of the sans-culottes\n',
			'notes.md'
		);
		expect(cardsOf(found[0])[0].front).toMatch(/what was the main cause of the Cold War\?$/);
		// Standing alone (the thesis shapes did not take the sentence first), the second view is spelt out too.
		const soboul = extractClaims(
			ingestDocument(
				'notes.md',
				'Abbrevs: CPS = Committee of Public Safety\n\n- Albert Soboul argued that the CPS was the instrument of the sans-culottes\n'
			)
		)[0];
		expect(soboul.topic).toBe('the Committee of Public Safety');
		expect(soboul.sentence.text).toMatch(/the CPS was/);
	});
});

describe('a quotation headed by "Name, Work (Year)" or signed under it', () => {
	it('heads and signatures (invented: Churchill, Mandela)', () => {
		const { found } = claims(
			'Winston Churchill, speech to the House of Commons (4 June 1940)\n\n"We shall defend our island, whatever the cost may be; we shall never surrender."\n\nThe speech was broadcast that evening.\n\n"I have cherished the ideal of a democratic and free society in which all persons live together in harmony."\n— Nelson Mandela, statement from the dock (20 April 1964)\n',
			'quotes.txt'
		);
		expect(found.map((f) => [f.author, f.work, f.year])).toEqual([
			['Winston Churchill', 'speech to the House of Commons', 1940],
			['Nelson Mandela', 'statement from the dock', 1964]
		]);
	});
});
