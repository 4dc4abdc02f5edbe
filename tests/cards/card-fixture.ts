/**
 * A card for unit tests of the card layer: a date card quoting `quote` from "test.txt", with any field
 * overridden. Tests state only what their rule looks at.
 */
import type { Card } from '../../src/lib/cards/types';

export function testCard(overrides: Partial<Card> & { quote?: string } = {}): Card {
	const { quote = 'q', ...rest } = overrides;
	const source = { document: 'test.txt', quote, start: 0, end: quote.length };
	return {
		id: 'x',
		kind: 'date',
		form: 'basic',
		front: 'When?',
		back: '1900',
		source,
		sources: [source],
		conflicts: [],
		people: [],
		importance: 0.6,
		factKey: 'k',
		...rest
	};
}
