import { describe, expect, it } from 'vitest';
import { oneOfRepeatedEvents } from '../../src/lib/cards/repeated-events';
import type { Card } from '../../src/lib/cards/types';
import { testCard } from './card-fixture';
import { fixtureDocument } from './fixture-document';

function dateCard(front: string, iso: string): Card {
	return testCard({ id: front, front, back: iso, people: ['Garibaldi'], factKey: front, date: { iso, precision: 'year', calendar: 'gregorian' } });
}

const twice = fixtureDocument(
	'garibaldi.txt',
	'Garibaldi was arrested in Genoa in 1834 and fled to France. In 1867 he was arrested again at Sinalunga on the way to Rome.'
);
const once = fixtureDocument('garibaldi.txt', 'Garibaldi was arrested at Sinalunga in 1867.');

describe('an event that befalls a person more than once', () => {
	it('is asked as the first when the card holds the earliest date', () => {
		const [card] = oneOfRepeatedEvents([dateCard('When was Garibaldi arrested?', '1834')], twice.sentences);
		expect(card.front).toBe('When was Garibaldi first arrested?');
	});
	it('goes when the bare question could mean an earlier occasion', () => {
		expect(oneOfRepeatedEvents([dateCard('When was Garibaldi arrested?', '1867')], twice.sentences)).toEqual([]);
	});
	it('is asked by the named time its sentence gives, when there is one', () => {
		const war = fixtureDocument(
			'garibaldi.txt',
			'Garibaldi was arrested in Genoa in 1834. In 1849, during the Roman Republic, Garibaldi was arrested again.'
		);
		const [card] = oneOfRepeatedEvents([{ ...dateCard('When was Garibaldi arrested?', '1849'), source: { document: 'garibaldi.txt', quote: 'q', start: war.sentences[1].start, end: war.sentences[1].end } }], war.sentences);
		expect(card.front).toBe('When was Garibaldi arrested during the Roman Republic?');
	});
	it('stays as it is when the document tells of it once, or the question names the occasion', () => {
		const bare = dateCard('When was Garibaldi arrested?', '1867');
		expect(oneOfRepeatedEvents([bare], once.sentences)).toEqual([bare]);
		const named = dateCard('When was Garibaldi arrested at Sinalunga?', '1867');
		expect(oneOfRepeatedEvents([named], twice.sentences)).toEqual([named]);
		const first = dateCard('When was Garibaldi first arrested?', '1834');
		expect(oneOfRepeatedEvents([first], twice.sentences)).toEqual([first]);
	});
});
