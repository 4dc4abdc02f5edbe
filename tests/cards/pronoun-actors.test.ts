import { describe, expect, it } from 'vitest';
import { deathOfSomeoneElse, pronounActorUnsure } from '../../src/lib/cards/pronoun-actors';
import type { Card } from '../../src/lib/cards/types';
import { testCard } from './card-fixture';
import { peopleContext } from '../../src/lib/extract/people';
import { ingestDocument } from '../../src/lib/ingest';

function unsure(text: string, quoted: string, person: string): boolean {
	const doc = ingestDocument('history.txt', text);
	const start = doc.original.indexOf(quoted);
	const source = { document: 'history.txt', quote: quoted, start, end: start + quoted.length };
	const card = testCard({ front: `When did ${person} …?`, back: '1526', people: [person], source, sources: [source] });
	return pronounActorUnsure(card, doc, peopleContext(doc).index);
}

const dynasty =
	'Bahadur Shah II was the last Mughal emperor. The empire had been founded by Zahir-ud-din Muhammad Babur, a Timurid prince.\n\n' +
	'Having lost his lands in Fergana, Babur established himself at Kabul in 1504. On 21 April 1526 he defeated Ibrahim Lodi at Panipat.';

describe('a card whose person stands in its quote only as "he"', () => {
	it('goes when the sentence before names someone else', () => {
		expect(unsure(dynasty, 'On 21 April 1526 he defeated Ibrahim Lodi at Panipat.', 'Bahadur Shah II')).toBe(true);
	});
	it('stays when the sentence before names this person', () => {
		expect(unsure(dynasty, 'On 21 April 1526 he defeated Ibrahim Lodi at Panipat.', 'Babur')).toBe(false);
	});
	it('goes when the person is named only as an owner before the pronoun', () => {
		const text = "Philip Sidney was a courtier. Elizabeth's favourite Robert Dudley hosted her at Kenilworth; he died in 1588.";
		expect(unsure(text, "Elizabeth's favourite Robert Dudley hosted her at Kenilworth; he died in 1588.", 'Elizabeth')).toBe(true);
	});
	it('looks past a wife named in between, and past a sentence that goes on about "him"', () => {
		const text =
			'Simón Bolívar was born in Caracas in 1783. Orphaned young, he was taught by tutors, among them Andrés Bello. ' +
			'His wife, María Teresa del Toro, died in 1803; he never married again. In 1813 he reconquered Venezuela.';
		expect(unsure(text, 'In 1813 he reconquered Venezuela.', 'Bolívar')).toBe(false);
	});
	it('finds a name that ends in a letter outside ASCII', () => {
		const text = 'Yoshida resigned in 1954. Hatoyama Ichirō became Prime Minister; he held office until 1956.';
		expect(unsure(text, 'Hatoyama Ichirō became Prime Minister; he held office until 1956.', 'Hatoyama Ichirō')).toBe(false);
	});
	it('does not take "him" after a named subject for that subject', () => {
		const text = 'Charles de Gaulle commanded a division in May 1940. On 5 June 1940 Paul Reynaud appointed him Under-Secretary of State for War.';
		expect(unsure(text, 'On 5 June 1940 Paul Reynaud appointed him Under-Secretary of State for War.', 'de Gaulle')).toBe(false);
	});
});

describe('a death dated by "his death" after another person', () => {
	const text =
		'Henry VIII ruled from 1509. In 1533 he married Anne Boleyn; her father Thomas Boleyn served as Lord Privy Seal until his death in 1539. Henry VIII died in 1547.';
	const doc = ingestDocument('tudor.txt', text);
	const known = peopleContext(doc).index;
	const quote = 'In 1533 he married Anne Boleyn; her father Thomas Boleyn served as Lord Privy Seal until his death in 1539.';
	const start = text.indexOf(quote);
	const source = { document: 'tudor.txt', quote, start, end: start + quote.length };
	const death = (person: string): Card =>
		testCard({ front: `When did ${person} die?`, back: '1539', people: [person], source, sources: [source], date: { iso: '1539', precision: 'year', calendar: 'gregorian' } });
	it('is not the death of the sentence subject', () => {
		expect(deathOfSomeoneElse(death('Henry VIII'), known)).toBe(true);
	});
	it('is the death of the person named just before it', () => {
		expect(deathOfSomeoneElse(death('Thomas Boleyn'), known)).toBe(false);
	});
});
