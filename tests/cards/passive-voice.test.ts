import { describe, expect, it } from 'vitest';
import { withPassiveRestored } from '../../src/lib/cards/passive-voice';
import type { Card } from '../../src/lib/cards/types';
import { testCard } from './card-fixture';

function dateCard(front: string, quote: string): Card {
	return testCard({ front, back: '1815', quote });
}

describe('a telegraphic passive in revision notes', () => {
	it('is asked in the passive when the quote shows name, participle and preposition', () => {
		const card = dateCard('When did Napoleon exile to St Helena by the British?', '- **Oct 1815** – Napoleon exiled to St Helena by the British');
		expect(withPassiveRestored(card).front).toBe('When was Napoleon exiled to St Helena by the British?');
		const two = dateCard('When did Danton and Desmoulins execute by guillotine?', '- Apr 1794 – Danton and Desmoulins executed by guillotine');
		expect(withPassiveRestored(two).front).toBe('When were Danton and Desmoulins executed by guillotine?');
	});
	it('puts a document back in the passive', () => {
		const edict = dateCard('When did the Edict of Nantes issue at Nantes?', '13 April 1598 – Edict of Nantes issued at Nantes by Henry IV');
		expect(withPassiveRestored(edict).front).toBe('When was the Edict of Nantes issued at Nantes?');
	});
	it('puts a person appointed to a post back in the passive', () => {
		const vizier = dateCard('When did Midhat Pasha appoint grand vizier?', '- **Midhat Pasha** appointed grand vizier 19 Dec 1876');
		expect(withPassiveRestored(vizier).front).toBe('When was Midhat Pasha appointed grand vizier?');
		const active = dateCard('When did Victoria appoint Disraeli Prime Minister?', 'In 1868 Victoria appointed Disraeli Prime Minister.');
		expect(withPassiveRestored(active)).toBe(active);
	});
	it('puts a person something was done to back in the passive', () => {
		const card = dateCard('When did Rathenau assassinate?', '- **24 June 1922** – Rathenau assassinated by Organisation Consul');
		expect(withPassiveRestored(card).front).toBe('When was Rathenau assassinated?');
		const active = dateCard('When did Brutus kill?', 'In 44 BC Brutus killed Caesar.');
		expect(withPassiveRestored(active)).toBe(active);
	});
	it('leaves an active verb alone', () => {
		const returned = dateCard('When did Napoleon return from Elba?', 'Napoleon returned from Elba in March 1815.');
		expect(withPassiveRestored(returned)).toBe(returned);
		const object = dateCard('When did Wellington defeat Napoleon at Waterloo?', 'Wellington defeated Napoleon at Waterloo in 1815.');
		expect(withPassiveRestored(object)).toBe(object);
	});
});
