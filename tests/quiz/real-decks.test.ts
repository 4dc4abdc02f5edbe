import { describe, expect, it } from 'vitest';
import { buildFactIndex } from '../../src/lib/quiz/facts';
import {
	multipleChoice,
	officeMatchings,
	onePerFact,
	successions,
	timelines
} from '../../src/lib/quiz/questions';
import { seededRng } from '../../src/lib/quiz/random';
import { quizCards, realDecks } from './cards';

const decks = realDecks();

/**
 * The bundled corpus must give every document enough quiz material: at least 10 multiple-choice
 * questions (one per fact) and 5 different timelines. Timelines are counted two ways and both are
 * printed: disjoint (no event twice, what one test uses) and distinct sets with an event in at most
 * three timelines (what a deck yields across tests).
 */
describe.skipIf(!decks.length)('quiz material in the bundled decks', () => {
	const all = quizCards(decks);
	const index = buildFactIndex(all);

	it('each document yields at least 10 multiple-choice and 5 timeline questions', () => {
		const rows = decks.map((deck) => {
			const cards = all.filter((c) => c.deckId === deck.id);
			const rng = seededRng(1);
			const multipleChoiceCount = onePerFact(cards).filter((c) => multipleChoice(index, c, rng)).length;
			const disjointTimelines = timelines(cards, seededRng(1)).length;
			const distinctTimelines = timelines(cards, seededRng(1), Infinity, 3).length;
			return {
				deck: deck.id,
				cards: cards.length,
				multipleChoiceCount,
				disjointTimelines,
				distinctTimelines
			};
		});
		console.table(rows);
		console.log(
			'office matching (all decks):',
			officeMatchings(index, all, seededRng(1)).length,
			'succession (all decks):',
			successions(all, seededRng(1)).length
		);
		for (const row of rows) {
			expect(row.multipleChoiceCount, row.deck).toBeGreaterThanOrEqual(10);
			expect(row.distinctTimelines, row.deck).toBeGreaterThanOrEqual(5);
		}
	});
});
