import { describe, expect, it } from 'vitest';
import { namesSomeoneElse } from '../../src/lib/cards';
import type { Card } from '../../src/lib/cards/types';

function dateCard(front: string, people: string[], quote: string): Card {
	const source = { document: 'd.txt', quote, start: 0, end: quote.length };
	return {
		id: 'x',
		kind: 'date',
		form: 'basic',
		front,
		back: '25 December 1922',
		source,
		sources: [source],
		conflicts: [],
		people,
		importance: 0.5,
		factKey: 'k'
	};
}

describe('a card whose quote is about someone else', () => {
	it('is caught when the quote names another person and not the card’s', () => {
		const card = dateCard(
			'When was Stalin a man of outstanding will?',
			['Stalin'],
			'December 25. As for Pyatakov, he is unquestionably a man of outstanding will and outstanding ability.'
		);
		expect(namesSomeoneElse(card)).toBe(true);
	});
	it('passes when the quote names the person, even letter-spaced', () => {
		expect(namesSomeoneElse(dateCard('When was Stalin elected?', ['Stalin'], 'J . V. S t a l i n is elected.'))).toBe(false);
	});
	it('passes when a pronoun for the card’s person comes before the other name', () => {
		const card = dateCard(
			'Who became Emperor of the French on 18 May 1804?',
			['Bonaparte'],
			'On 18 May 1804 the Senate proclaimed him Emperor of the French, and he crowned himself in the presence of Pius VII.'
		);
		expect(namesSomeoneElse(card)).toBe(false);
	});
	it('passes when the quote names nobody (a biography line about its subject)', () => {
		expect(
			namesSomeoneElse(dateCard('When did Kalinin join the Party?', ['Kalinin'], 'Became a member of the Communist Party in 1898.'))
		).toBe(false);
	});
});
