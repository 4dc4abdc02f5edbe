/**
 * The card browser's filters, pure: the page passes the cards, the filter values and the clock.
 * Full-text search (MiniSearch) narrows the set first; these filters apply to what it found.
 */
import type { CardKind } from '../cards/types';
import type { CardRow } from '../db/rows';

export type StateFilter = 'any' | 'new' | 'learning' | 'review';
export type DueFilter = 'any' | 'due' | 'week' | 'not-due';
export type FlagFilter = 'any' | 'yes' | 'no';

export interface BrowseFilters {
	deckId: string;
	kind: CardKind | 'any';
	state: StateFilter;
	due: DueFilter;
	minLapses: number;
	conflicts: FlagFilter;
	suspended: FlagFilter;
}

export const NO_FILTERS: BrowseFilters = {
	deckId: 'any',
	kind: 'any',
	state: 'any',
	due: 'any',
	minLapses: 0,
	conflicts: 'any',
	suspended: 'any'
};

const DAY = 86_400_000;

function flag(filter: FlagFilter, value: boolean): boolean {
	return filter === 'any' || (filter === 'yes') === value;
}

export function matchesFilters(card: CardRow, f: BrowseFilters, now: number): boolean {
	if (f.deckId !== 'any' && card.deckId !== f.deckId) return false;
	if (f.kind !== 'any' && card.kind !== f.kind) return false;
	const state = card.memory.state;
	if (f.state === 'new' && state !== 0) return false;
	if (f.state === 'learning' && state !== 1 && state !== 3) return false;
	if (f.state === 'review' && state !== 2) return false;
	// A new card is never "due" by date: its due field is only its place in the new-card queue.
	const dueAt = state === 0 ? Infinity : card.memory.due;
	if (f.due === 'due' && dueAt > now) return false;
	if (f.due === 'week' && dueAt > now + 7 * DAY) return false;
	if (f.due === 'not-due' && dueAt <= now) return false;
	if (card.memory.lapses < f.minLapses) return false;
	if (!flag(f.conflicts, card.conflicts.length > 0)) return false;
	if (!flag(f.suspended, card.suspended === 1)) return false;
	return true;
}

/** Text a card is found by: both faces (the user's and the generated), the quote and the people. */
export function searchableText(card: CardRow): { id: string; front: string; back: string; quote: string } {
	return {
		id: card.id,
		front: [card.userFront, card.front].filter(Boolean).join(' '),
		back: [card.userBack, card.back].filter(Boolean).join(' '),
		quote: [card.source.quote, card.people.join(' '), card.office ?? ''].join(' ')
	};
}
