import { describe, expect, it } from 'vitest';
import { namesSomeoneElse } from '../../src/lib/cards/index';
import type { Card } from '../../src/lib/cards/types';

const card = (quote: string, people: string[], author?: string): Card => ({
	id: 'x',
	kind: 'date',
	form: 'basic',
	front: 'When did Douglass first meet Lincoln?',
	back: '1857',
	source: { document: 'd.txt', quote, start: 0, end: quote.length, ...(author ? { author } : {}) },
	sources: [],
	conflicts: [],
	people,
	importance: 0.5,
	factKey: 'k'
});

describe('a card about the speaker of a first-person passage', () => {
	it('keeps "I first met Lincoln" carded as the passage’s author', () => {
		expect(namesSomeoneElse(card('I first met Abraham Lincoln in 1857 in Washington.', ['Douglass'], 'Frederick Douglass'))).toBe(
			false
		);
	});

	it('still rejects a card whose person neither the quote nor its author is', () => {
		expect(namesSomeoneElse(card('I first met Abraham Lincoln in 1857 in Washington.', ['Garrison'], 'Frederick Douglass'))).toBe(true);
		expect(namesSomeoneElse(card('As for Abraham Lincoln, he met the delegates in 1857.', ['Douglass'], 'Frederick Douglass'))).toBe(
			true
		);
	});
});
