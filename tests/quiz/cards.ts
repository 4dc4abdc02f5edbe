/** Test helpers: the quiz fixture and, once generated, the real decks, as quiz cards. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DeckFile } from '../../src/lib/cards/types';
import type { QuizCard } from '../../src/lib/quiz/facts';

export function quizCards(decks: readonly DeckFile[]): QuizCard[] {
	return decks.flatMap((deck) => deck.cards.map((card) => ({ ...card, deckId: deck.id })));
}

export function fixtureDecks(): DeckFile[] {
	return JSON.parse(readFileSync(join(__dirname, '../fixtures/quiz-cards.json'), 'utf8')) as DeckFile[];
}

const DECKS_DIR = join(__dirname, '../../cards/decks');

/** The shipped decks in cards/decks/, or [] before `npm run cards` has made them. */
export function realDecks(): DeckFile[] {
	if (!existsSync(DECKS_DIR)) return [];
	return readdirSync(DECKS_DIR)
		.filter((f) => f.endsWith('.json') && f !== 'index.json')
		.map((f) => JSON.parse(readFileSync(join(DECKS_DIR, f), 'utf8')) as DeckFile)
		.filter((d) => Array.isArray(d.cards));
}
