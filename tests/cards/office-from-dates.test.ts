import { describe, expect, it } from 'vitest';
import { officeCardsFromDates } from '../../src/lib/cards/office-from-dates';

const officeCards = officeCardsFromDates;
import type { Card } from '../../src/lib/cards/types';
import { testCard } from './card-fixture';

function dateCard(front: string, iso: string, people: string[]): Card {
	const precision = iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
	return testCard({ id: front, front, back: iso, people, factKey: front, date: { iso, precision, calendar: 'gregorian' } });
}

describe('a date card that states an office-holding', () => {
	it('also asks who took the post, and whom they succeeded', () => {
		const cards = officeCardsFromDates([
			dateCard('When did Disraeli succeed Derby as Prime Minister?', '1868-02', ['Disraeli']),
			dateCard('When was Garfield inaugurated as President?', '1881-03-04', ['Garfield'])
		]);
		expect(cards.slice(2).map((c) => [c.kind, c.front, c.back])).toEqual([
			['office', 'Who succeeded Derby as Prime Minister in February 1868?', 'Disraeli'],
			['office', 'Who was inaugurated as President on 4 March 1881?', 'Garfield'],
			['office', 'Which office did Garfield take up on 4 March 1881?', 'President']
		]);
	});
	it('tells the holder from the post where the post begins', () => {
		const cards = officeCards([dateCard('When did Franz Joseph appoint Count Gyula Andrássy Prime Minister of Hungary?', '1867-02-17', ['Franz Joseph'])]);
		expect(cards.slice(1).map((c) => [c.front, c.back])).toEqual([
			['Who was appointed Prime Minister of Hungary on 17 February 1867?', 'Gyula Andrássy'],
			['Which office did Gyula Andrássy take up on 17 February 1867?', 'Prime Minister of Hungary']
		]);
	});
	it('adds nothing when the phrase is no post, or an office card already asks it', () => {
		const battle = dateCard('When did Wellington become Duke?', '1814', ['Wellington']);
		expect(officeCardsFromDates([battle])).toHaveLength(1);
		const office: Card = { ...dateCard('Who succeeded Derby as Prime Minister?', '1868-02', ['Disraeli']), kind: 'office' };
		const date = dateCard('When did Disraeli succeed Derby as Prime Minister?', '1868-02', ['Disraeli']);
		expect(officeCardsFromDates([office, date])).toEqual([office, date]);
	});
});
