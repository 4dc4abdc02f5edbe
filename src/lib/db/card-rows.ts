/** Building and updating card rows so the derived, indexed fields (`due`, `state`, `queue`) never drift. */
import type { Card } from '../cards/types';
import { newMemoryState } from '../srs/fsrs-card';
import type { CardRow, MemoryState, StudyQueue } from './rows';

/** The queue a row belongs in at `now`: -1 keeps it out of every study query. */
export function queueOf(
	row: Pick<CardRow, 'archived' | 'suspended' | 'buriedUntil' | 'state'>,
	now: number
): StudyQueue {
	if (row.archived === 1 || row.suspended === 1 || row.buriedUntil > now) return -1;
	return row.state;
}

/**
 * A fresh row for a card never studied. `position` orders new cards (lower first): new cards are
 * introduced by `addedAt + position`, so the caller decides the order (e.g. by importance).
 */
export function newCardRow(card: Card, deckId: string, now: number, position: number): CardRow {
	// memory.due doubles as the introduction order too, so undoing a first answer restores the exact row.
	const memory = { ...newMemoryState(now), due: now + position };
	return {
		...card,
		deckId,
		memory,
		due: memory.due,
		state: 0,
		queue: 0,
		suspended: 0,
		buriedUntil: 0,
		archived: 0,
		addedAt: now
	};
}

/** The row with a new memory state, its indexed copies refreshed. */
export function withMemory(row: CardRow, memory: MemoryState, now: number): CardRow {
	const next = { ...row, memory, state: memory.state, due: memory.due };
	return { ...next, queue: queueOf(next, now) };
}

/** The row with its queue recomputed after archived/suspended/buriedUntil changed. */
export function requeued(row: CardRow, now: number): CardRow {
	return { ...row, queue: queueOf(row, now) };
}
