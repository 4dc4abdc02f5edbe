/** Hand-made cards for the library and backup tests: the shape the generator emits, nothing more. */
import type { Card, DeckFile } from '../../src/lib/cards/types';
import type { CardRow } from '../../src/lib/db/rows';

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

/** A stored card row around `card(id, document)`, new unless `memory` says otherwise. */
export function cardRow(
	id: string,
	document: string,
	now: number,
	over: Partial<CardRow> = {},
	memory: Partial<CardRow['memory']> = {}
): CardRow {
	const m = {
		due: now,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 0 as const,
		...memory
	};
	return {
		...card(id, document),
		deckId: document.replace(/\.[^.]+$/, ''),
		memory: m,
		due: m.due,
		state: m.state,
		queue: m.state,
		suspended: 0,
		buriedUntil: 0,
		archived: 0,
		addedAt: now,
		...over
	};
}
