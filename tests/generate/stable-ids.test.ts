import { describe, expect, it } from 'vitest';
import { generateDeck, generateDecks, deckId, deckTitle } from '../../src/lib/generate';

const a = {
	name: 'a.txt',
	text: [
		'Vladimir Lenin died on 21 January 1924.',
		'In April 1922 Stalin was appointed General Secretary of the Central Committee.',
		'Mikhail Kalinin was born on 19 November 1875.'
	].join('\n\n')
};
const b = {
	name: 'b.txt',
	text: [
		'Lenin died on 21 January 1924.',
		'Kalinin was born on 20 November 1875.',
		'Trotsky was expelled in 1927.'
	].join('\n\n')
};

describe('card ids', () => {
	it('are the same when a document is generated again', () => {
		const first = generateDeck(a.name, a.text).cards.map((c) => c.id);
		const second = generateDeck(a.name, a.text).cards.map((c) => c.id);
		expect(first.length).toBeGreaterThan(0);
		expect(second).toEqual(first);
	});
	it('do not change, and cards do not move, when another document is added', () => {
		const alone = generateDeck(a.name, a.text).cards;
		const [deckA] = generateDecks([a, b]);
		const ids = new Map(
			deckA.cards.map((c) => [c.front.replace(/ \(a\.txt\)\. Sources disagree.*$/, ''), c.id])
		);
		for (const card of alone) expect(deckA.cards.map((c) => c.id)).toContain(card.id);
		expect(ids.size).toBeGreaterThan(0);
	});
	it('do not depend on where the fact sits in the document', () => {
		const moved = { name: a.name, text: `Some preface text.\n\n${a.text}` };
		const before = generateDeck(a.name, a.text)
			.cards.map((c) => c.id)
			.sort();
		const after = generateDeck(moved.name, moved.text)
			.cards.map((c) => c.id)
			.sort();
		expect(after).toEqual(before);
	});
});

describe('deck names', () => {
	it('slug the file name into the deck id and title', () => {
		expect(deckId('cards/sources/kalinin-wikipedia.txt')).toBe('kalinin-wikipedia');
		expect(deckTitle('kalinin-wikipedia.txt')).toBe('Kalinin Wikipedia');
	});
});
