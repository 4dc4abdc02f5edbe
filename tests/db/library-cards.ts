/** Hand-made cards for the library and backup tests: the shape the generator emits, nothing more. */
import type { Card, DeckFile } from '../../src/lib/cards/types';

export function card(id: string, document: string, overrides: Partial<Card> = {}): Card {
	const quote = `Passage of ${id}.`;
	const source = { document, quote, start: 0, end: quote.length };
	return {
		id,
		kind: 'date',
		form: 'basic',
		front: `When did ${id} happen?`,
		back: '1924',
		source,
		sources: [source],
		conflicts: [],
		people: [],
		importance: 0.5,
		factKey: `fact:${id}`,
		...overrides
	};
}

export function deck(id: string, cards: Card[]): DeckFile {
	return { id, document: `${id}.txt`, title: id, generatorVersion: 1, cards };
}
