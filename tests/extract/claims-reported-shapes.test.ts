import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/lib/extract/claims';
import { extractTheses } from '../../src/lib/extract/theses';
import { ingestDocument } from '../../src/lib/ingest';
import { thesisCards } from '../../src/lib/cards/templates';
import { cardProblems } from '../../src/lib/cards/quality';
import type { ThesisFact } from '../../src/lib/extract/types';

function claims(text: string) {
	const doc = ingestDocument('chapter.txt', text);
	const found = extractClaims(doc, extractTheses(doc));
	const cardsOf = (fact: ThesisFact) =>
		thesisCards(fact, { doc }).filter((c) => cardProblems(c, doc.original).length === 0);
	return { found, cardsOf };
}

describe('reported views in a textbook chapter: shapes a history book uses for who argued what', () => {
	it('a cleft claim ("it was X which …") is the scholar\'s, dated by the footnote that cites the work', () => {
		const { found, cardsOf } = claims(
			'Why did the Whigs prevail? The historian John Brewer argued that it was the fiscal-military state which gave Britain its strength.\n\n¹ John Brewer, The Sinews of Power (1989).\n'
		);
		const brewer = found.find((f) => f.author === 'John Brewer');
		expect(brewer?.claim).toContain('it was the fiscal-military state which gave Britain its strength');
		const card = cardsOf(brewer!)[0];
		expect(card.front).toMatch(/John Brewer argue in 1989/);
		expect(card.front).toMatch(/The Sinews of Power/);
	});

	it('an anaphoric "it was a war which …" is still left alone (its "it" needs the sentence before)', () => {
		const { found } = claims(
			'Gibbon wrote of the Gothic war. Gibbon argued that it was a war which ruined Italy.'
		);
		expect(found.filter((f) => f.author === 'Gibbon')).toHaveLength(0);
	});

	it('a short surname and a present-tense maxim, dated by the phrase that opens the sentence', () => {
		const { found, cardsOf } = claims(
			'At a conference of the party in March 1919 Kun had argued that "power grows out of the workers\' councils".'
		);
		const kun = found.find((f) => f.author === 'Kun');
		expect(kun?.claim).toMatch(/power grows out of the workers' councils/);
		expect(cardsOf(kun!)[0].front).toBe('What did Kun argue in 1919?');
	});

	it('a work named without its year after "argued in", behind a note\'s dash', () => {
		const { found, cardsOf } = claims(
			'Reflections (1790) — Burke argued in Reflections on the Revolution in France that the rights of men were a metaphysical abstraction.'
		);
		const burke = found.find((f) => f.author === 'Burke');
		expect(burke).toMatchObject({ topic: 'the rights of men' });
		expect(cardsOf(burke!)[0].front).toMatch(/Reflections on the Revolution in France/);
	});
});

describe('a second that-clause leaning on the first is not asked alone', () => {
	it('"… and that only X could bind them" gives one card, not one about "them"', () => {
		const { found } = claims(
			'Herder argued that the Germans were scattered among petty courts and that only a shared language could bind them into a nation.'
		);
		expect(found.filter((f) => f.author === 'Herder').map((f) => f.claim)).toEqual([
			'Herder argued that the Germans were scattered among petty courts'
		]);
	});
});

describe('a reported view trimmed to the claim and given to the person the sentence before names', () => {
	it('"… he wrote that A, and predicted that B": "he" is the short surname before, B is another act', () => {
		const { found, cardsOf } = claims(
			'Kun had already drawn his own lesson from the mutinies. In his Letter to the Workers of Budapest (March 1919) he wrote that "a revolution is not a debating club", and predicted that the soldiers would join the councils.'
		);
		const kun = found.find((f) => f.author === 'Kun');
		expect(kun?.claim).toBe('Kun wrote that "a revolution is not a debating club"');
		expect(cardsOf(kun!)[0].front).toMatch(/^What did Kun write in 1919/);
	});

	it('"…, a reading that the sources make plausible" is the author\'s comment, cut from the view', () => {
		const { found } = claims(
			'The historian Linda Colley argued that the wars with France forged a British identity out of English, Scots and Welsh, a reading that the sources below make at least plausible.'
		);
		expect(found.find((f) => f.author === 'Linda Colley')?.claim).toBe(
			'Linda Colley argued that the wars with France forged a British identity out of English, Scots and Welsh'
		);
	});
});

describe('revision notes: a labelled work and a short first claim', () => {
	it('"Name, Work (1867): Name argued that A had failed and that B …" keeps both claims and the work', () => {
		const { found, cardsOf } = claims(
			'- Walter Bagehot, The English Constitution (1867): Bagehot argued that absolutism had failed and that the Cabinet was the efficient secret of the constitution'
		);
		const bagehot = found.find((f) => f.author === 'Bagehot');
		expect(bagehot?.claim).toBe(
			'Bagehot argued that absolutism had failed and that the Cabinet was the efficient secret of the constitution'
		);
		expect(cardsOf(bagehot!)[0].front).toMatch(/in 1867, according to “The English Constitution”\?$/);
	});

	it('"In the Nutuk Kemal argued …": a capitalised word after "the" is a title, not the holder\'s first name', () => {
		const { found } = claims(
			'In the Leviathan Hobbes argued that the sovereign must hold an absolute and undivided power.'
		);
		expect(found.map((f) => f.author)).toEqual(['Hobbes']);
	});
});

describe("a ruler's proclamation quoted after its label", () => {
	it('"X\'s proclamation …, date, declared: "Citizens, …"" is what X declared, without the address', () => {
		const { found, cardsOf } = claims(
			'Cromwell\'s proclamation to the army at Dunbar, 3 September 1650, declared: "Soldiers, the Lord has delivered the Scots into our hands."'
		);
		const cromwell = found.find((f) => f.author === 'Cromwell');
		expect(cromwell?.claim).toBe('Cromwell declared that the Lord has delivered the Scots into our hands');
		expect(cardsOf(cromwell!)[0]?.front).toMatch(/^What did Cromwell declare about the Lord in 1650\?$/);
	});
});

describe('a work cited for one claim is not lent to a later claim dated by its own lead phrase', () => {
	it("Kun's Letter (1919) does not date his later lecture (1921)", () => {
		const { found } = claims(
			'Kun had drawn his lesson. In his Letter to the Workers of Budapest (March 1919) he wrote that "a revolution is not a debating club". In his lectures on the Commune (May 1921) Kun argued that the councils would pass through three stages before they could win.'
		);
		const later = found.find((f) => /three stages/.test(f.claim));
		expect(later?.year ?? later?.verb).toMatch(/1921/);
		expect(later?.work ?? '').not.toMatch(/Letter/);
	});
});
