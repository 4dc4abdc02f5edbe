/**
 * Conversion between Annals' stored memory state (camelCase, epoch ms, plain JSON for IndexedDB)
 * and ts-fsrs's Card (snake_case, Date objects).
 */
import { createEmptyCard, type Card as FsrsCard } from 'ts-fsrs';
import type { MemoryState } from '../db/rows';

export function toFsrsCard(memory: MemoryState): FsrsCard {
	return {
		due: new Date(memory.due),
		stability: memory.stability,
		difficulty: memory.difficulty,
		elapsed_days: memory.elapsedDays,
		scheduled_days: memory.scheduledDays,
		learning_steps: memory.learningSteps,
		reps: memory.reps,
		lapses: memory.lapses,
		state: memory.state,
		last_review: memory.lastReview === undefined ? undefined : new Date(memory.lastReview)
	};
}

export function fromFsrsCard(card: FsrsCard): MemoryState {
	const memory: MemoryState = {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as MemoryState['state']
	};
	// Leave the key out rather than store `undefined`, so stored rows compare equal after a round trip.
	if (card.last_review) memory.lastReview = card.last_review.getTime();
	return memory;
}

/** The memory state of a card never studied. */
export function newMemoryState(now: number): MemoryState {
	return fromFsrsCard(createEmptyCard(new Date(now)));
}
