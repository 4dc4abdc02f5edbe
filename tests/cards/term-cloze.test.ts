import { describe, expect, it } from 'vitest';
import { dedupeWithinDocument } from '../../src/lib/cards/merge';
import { stableCardId } from '../../src/lib/cards/hash';
import type { Card } from '../../src/lib/cards/types';

// Stalin, The Foundations of Leninism (1924), defines "the Party" several times over.
function definition(back: string, importance: number): Card {
	const source = { document: 'works.txt', quote: `The Party is ${back}.`, start: 0, end: back.length + 14 };
	const factKey = `thesis|stalin|the party|definition|${back}`;
	return {
		id: stableCardId('thesis', 'basic', factKey),
		kind: 'thesis',
		form: 'basic',
		front: 'According to Stalin, “The Foundations of Leninism” (1924), what is the Party?',
		back,
		source,
		sources: [source],
		conflicts: [],
		people: ['Stalin'],
		author: 'Stalin',
		importance,
		factKey
	};
}

describe('several definitions of one term in one work', () => {
	const cards = dedupeWithinDocument([
		definition('The General Staff of the proletariat', 0.9),
		definition('The highest form of class organisation of the proletariat', 0.8)
	]);
	it('keep the strongest as the question', () => {
		expect(cards.find((c) => c.form === 'basic')?.back).toBe('The General Staff of the proletariat');
	});
	it('ask the others with the term as the gap, with an id of their own', () => {
		const cloze = cards.find((c) => c.form === 'cloze');
		expect(cloze?.front).toBe(
			'According to Stalin, “The Foundations of Leninism” (1924), ____ is the highest form of class organisation of the proletariat.'
		);
		expect(cloze?.back).toBe('The Party');
		expect(new Set(cards.map((c) => c.id)).size).toBe(2);
	});
});
