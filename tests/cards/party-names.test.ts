import { describe, expect, it } from 'vitest';
import { examWorthyCard } from '../../src/lib/cards/exam-worthiness';
import { partiesNamedIn, withPartyNamed } from '../../src/lib/cards/party-names';
import type { Card } from '../../src/lib/cards/types';

function officeCard(front: string, back: string): Card {
	const quote = 'He became General Secretary of the Communist Party in 1953.';
	const source = { document: 'notes.md', quote, start: 0, end: quote.length };
	return {
		id: 'x',
		kind: 'office',
		form: 'basic',
		front,
		back,
		source,
		sources: [source],
		conflicts: [],
		people: ['Khrushchev'],
		importance: 0.85,
		factKey: 'k'
	};
}

const bare = officeCard('Who became General Secretary of the Communist Party in 1953?', 'Khrushchev');

describe('party names a document uses', () => {
	it('are found in both word orders, not a sentence-initial "The"', () => {
		const text = 'The Communist Party met. The Italian Communist Party and the Communist Party of Spain disagreed.';
		expect(partiesNamedIn(text).sort()).toEqual(['Communist Party of Spain', 'Italian Communist Party']);
	});
});

describe('a bare "the Communist Party" on a card', () => {
	it('is kept as it stands when the document names no communist party more fully', () => {
		expect(examWorthyCard(bare, { parties: [] })?.front).toBe(bare.front);
		expect(examWorthyCard(bare, { parties: ['Social Democratic Party of Germany'] })?.front).toBe(bare.front);
	});

	it('is spelt out when the document names exactly one communist party', () => {
		const named = examWorthyCard(bare, { parties: ['Communist Party of the Soviet Union'] });
		expect(named?.front).toBe('Who became General Secretary of the Communist Party of the Soviet Union in 1953?');
	});

	it('is dropped when the document names several communist parties, or nothing is known of it', () => {
		expect(examWorthyCard(bare, { parties: ['Italian Communist Party', 'Communist Party of Spain'] })).toBeUndefined();
		expect(examWorthyCard(bare)).toBeUndefined();
	});

	it('never changes a thesis, whose words are the author’s', () => {
		const thesis = { ...bare, kind: 'thesis' as const };
		expect(withPartyNamed(thesis, ['Communist Party of the Soviet Union'])).toBe(thesis);
	});
});
