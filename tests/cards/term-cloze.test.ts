import { describe, expect, it } from 'vitest';
import { dedupeWithinDocument, judgementCloze } from '../../src/lib/cards/merge';
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

describe('a second judgement of one person in one work', () => {
	it('asks for the judgement with the person named in the front', () => {
		const source = { document: 'notes.txt', quote: 'x', start: 0, end: 1 };
		const card: Card = {
			id: 'a',
			kind: 'thesis',
			form: 'basic',
			front: 'What did Lenin write about Stalin in “Political Testament” (1922)?',
			back: 'Comrade Stalin has unlimited authority concentrated in his hands',
			source,
			sources: [source],
			conflicts: [],
			people: ['Lenin', 'Stalin'],
			author: 'Lenin',
			importance: 0.4,
			factKey: 'k'
		};
		const cloze = judgementCloze(card);
		expect(cloze?.front).toBe('According to Lenin, “Political Testament” (1922), Comrade Stalin has ____.');
		expect(cloze?.back).toBe('unlimited authority concentrated in his hands');
		expect(cloze?.id).not.toBe(card.id);
	});
});

