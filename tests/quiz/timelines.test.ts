import { describe, expect, it } from 'vitest';
import type { CardDate } from '../../src/lib/cards/types';
import { dateKey, gregorianIso } from '../../src/lib/quiz/dates';
import { buildFactIndex, heldPost, samePost, type QuizCard } from '../../src/lib/quiz/facts';
import { distinctAsShown, officeMatchings, successions, timelines } from '../../src/lib/quiz/questions';
import { seededRng } from '../../src/lib/quiz/random';
import type { TimelineQuestion } from '../../src/lib/quiz/types';
import { fixtureDecks, quizCards, realDecks } from './cards';

function byId(cards: QuizCard[]) {
	return new Map(cards.map((c) => [c.id, c]));
}

function checkTimeline(cards: Map<string, QuizCard>, t: TimelineQuestion) {
	expect(t.items.length).toBeGreaterThanOrEqual(4);
	expect(t.items.length).toBeLessThanOrEqual(6);
	expect(new Set(t.items.map((i) => i.id))).toEqual(new Set(t.correctOrder));
	const dates = t.correctOrder.map((id) => cards.get(id)!.date!);
	for (let i = 0; i < dates.length; i++) {
		for (let j = i + 1; j < dates.length; j++) {
			expect(distinctAsShown(dates[i], dates[j]), `${dates[i].iso} vs ${dates[j].iso}`).toBe(true);
		}
	}
	// The correct order is chronological, New Style.
	const isos = dates.map((d) => gregorianIso(d));
	expect([...isos].sort()).toEqual(isos);
	expect(t.items.map((i) => i.id)).not.toEqual(t.correctOrder);
	expect(new Set(t.correctOrder.map((id) => cards.get(id)!.deckId)).size).toBe(1);
}

describe('timelines', () => {
	it('never contain two events with the same date at the precision shown', () => {
		const cards = quizCards(fixtureDecks());
		const map = byId(cards);
		for (let seed = 0; seed < 30; seed++) {
			const ts = timelines(cards, seededRng(seed));
			expect(ts.length).toBeGreaterThanOrEqual(2);
			for (const t of ts) checkTimeline(map, t);
		}
	});

	it('treats "1924" and "21 January 1924" as the same date, and Old Style as New Style', () => {
		const year: CardDate = { iso: '1924', precision: 'year', calendar: 'gregorian' };
		const day: CardDate = { iso: '1924-01-21', precision: 'day', calendar: 'gregorian' };
		const nextYear: CardDate = { iso: '1925-01-02', precision: 'day', calendar: 'gregorian' };
		const oldStyle: CardDate = { iso: '1924-01-08', precision: 'day', calendar: 'julian' };
		expect(distinctAsShown(year, day)).toBe(false);
		expect(distinctAsShown(day, nextYear)).toBe(true);
		expect(dateKey(gregorianIso(oldStyle), 'day')).toBe('1924-01-21');
		expect(distinctAsShown(oldStyle, day)).toBe(false);
	});

	it('leave out events whose date is too close to tell apart', () => {
		const base = quizCards(fixtureDecks()).filter(
			(c) => c.deckId === 'power-struggle-after-lenin-notes' && c.kind === 'date'
		);
		const clash: QuizCard = {
			...base[0],
			id: 'same-month',
			factKey: 'same-month',
			front: 'When did something else happen?',
			date: { ...base[0].date!, iso: `${base[0].date!.iso}-15`, precision: 'day' }
		};
		const cards = [...base, clash];
		const map = byId(cards);
		for (let seed = 0; seed < 30; seed++)
			for (const t of timelines(cards, seededRng(seed))) checkTimeline(map, t);
	});

	it('are deterministic with a seed', () => {
		const cards = quizCards(fixtureDecks());
		expect(timelines(cards, seededRng(5))).toEqual(timelines(cards, seededRng(5)));
	});
});

describe('office matching and succession', () => {
	it('match each post to the one person shown who held it, with at least two people', () => {
		const cards = quizCards(fixtureDecks());
		const index = buildFactIndex(cards);
		let made = 0;
		for (let seed = 0; seed < 20; seed++) {
			for (const q of officeMatchings(index, cards, seededRng(seed))) {
				made++;
				expect(q.offices.length).toBeGreaterThanOrEqual(3);
				expect(q.offices.length).toBeLessThanOrEqual(5);
				expect(new Set(q.answer).size).toBeGreaterThanOrEqual(2);
				q.offices.forEach((office, i) => {
					expect(q.answer[i]).toBeGreaterThanOrEqual(0);
					q.persons.forEach((person, j) => {
						if (j !== q.answer[i])
							expect(heldPost(index, person, office), `${person} / ${office}`).toBe(false);
					});
					q.offices.forEach((other, k) => {
						if (k !== i) expect(samePost(office, other)).toBe(false);
					});
				});
			}
		}
		expect(made).toBeGreaterThan(0);
	});

	it('orders three or more holders of one post by when they took it', () => {
		const template = quizCards(fixtureDecks()).find(
			(c) => c.kind === 'office' && c.office === 'General Secretary'
		)!;
		const holder = (name: string, iso: string): QuizCard => ({
			...template,
			id: `gs-${name}`,
			factKey: `gs-${name}`,
			front: `Who became General Secretary in ${iso}?`,
			back: name,
			people: [name],
			date: { iso, precision: 'year', calendar: 'gregorian' }
		});
		const cards = [
			holder('Khrushchev', '1953'),
			holder('Stalin', '1922'),
			holder('Brezhnev', '1964'),
			holder('Andropov', '1982')
		];
		const [q] = successions(cards, seededRng(3));
		expect(q.correctOrder).toEqual(['gs-Stalin', 'gs-Khrushchev', 'gs-Brezhnev', 'gs-Andropov']);
		expect(q.items.map((i) => i.id)).not.toEqual(q.correctOrder);
	});
});

const decks = realDecks();
describe.skipIf(!decks.length)('timelines on the real decks', () => {
	it('never contain two events with the same date at the precision shown', () => {
		const cards = quizCards(decks);
		const map = byId(cards);
		for (let seed = 0; seed < 5; seed++)
			for (const t of timelines(cards, seededRng(seed))) checkTimeline(map, t);
	});
});
