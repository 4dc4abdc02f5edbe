import { describe, expect, it } from 'vitest';
import { oneAnswerPerDefinition } from '../../src/lib/cards/open-definitions';
import type { Card } from '../../src/lib/cards/types';
import { testCard } from './card-fixture';

function thesis(form: Card['form'], front: string, back: string, factKey: string, topic = 'society'): Card {
	return testCard({ id: `${form}|${factKey}`, kind: 'thesis', form, front, back, people: ['Burke'], author: 'Burke', topic, importance: 0.7, factKey });
}

const according = 'According to Burke, “Reflections on the Revolution in France” (1790)';
const partnership = thesis(
	'basic',
	`${according}, what is society?`,
	'A partnership between the living, the dead and those who are to be born',
	'thesis|burke|society|definition|partnership'
);
const contract = thesis(
	'basic',
	`${according}, what is society?`,
	'A contract, but not one to be taken up for a little temporary interest',
	'thesis|burke|society|definition|contract'
);

describe('a term its author defines more than once', () => {
	it('is asked from the definition to the term, which has one answer', () => {
		const cards = oneAnswerPerDefinition([partnership, contract]);
		expect(cards.map((c) => [c.form, c.front, c.back])).toEqual([
			[
				'reverse',
				'According to Burke (1790), what is “a partnership between the living, the dead and those who are to be born”?',
				'Society'
			],
			[
				'reverse',
				'According to Burke (1790), what is “a contract, but not one to be taken up for a little temporary interest”?',
				'Society'
			]
		]);
		expect(new Set(cards.map((c) => c.id)).size).toBe(2);
	});
	it('loses its open question when a reverse or a cloze of the same definition is there', () => {
		const reverse = thesis('reverse', 'According to Burke (1790), what is “a contract …”?', 'Society', contract.factKey);
		const cloze = thesis('cloze', `${according}, society is ____ between the living and the dead.`, 'a partnership', `${partnership.factKey}|term`);
		const cards = oneAnswerPerDefinition([partnership, contract, reverse, cloze]);
		expect(cards).toEqual([reverse, cloze]);
	});
	it('keeps "what is X?" when the document defines X once', () => {
		const state = thesis('basic', `${according}, what is the state?`, 'A partnership in all science', 'thesis|burke|state|definition|x', 'the state');
		expect(oneAnswerPerDefinition([partnership, state])).toEqual([partnership, state]);
	});
});
