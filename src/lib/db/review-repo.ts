/**
 * Answers, undo, suspend and bury. Every answer is ONE read-write transaction that writes the card's
 * new state and its log entry together: if the tab dies, either both are stored or neither is.
 */
import type { MemoryState, Rating, ReviewLogRow, CardRow } from './rows';
import type { AnnalsDb } from './schema';
import { answerCard, type SchedulerOptions } from '../srs/scheduler';
import { nextStudyDayStart } from '../srs/day';
import { requeued, withMemory } from './card-rows';

/** Answer times above this are clipped: the student was away, and the optimiser should not see it. */
export const MAX_ANSWER_MS = 60_000;

export interface ReviewInput {
	cardId: string;
	rating: Rating;
	/** Epoch ms of the answer. */
	now: number;
	/** Time from question shown to answer. */
	durationMs: number;
	scheduler: SchedulerOptions;
}

export interface RecordedReview {
	card: CardRow;
	log: ReviewLogRow;
}

export class CardNotFoundError extends Error {
	constructor(readonly cardId: string) {
		super(`No card with id ${cardId}`);
		this.name = 'CardNotFoundError';
	}
}

/**
 * Schedules the card with FSRS, stores its new state and appends the log entry, and buries its new and
 * review siblings (other cards of the same fact) until the next study day, so the reverse of a card
 * just seen does not give its own answer away.
 */
export async function recordReview(db: AnnalsDb, input: ReviewInput): Promise<RecordedReview> {
	const { cardId, rating, now } = input;
	return db.transaction('rw', db.cards, db.reviewLog, async () => {
		const row = await db.cards.get(cardId);
		if (!row) throw new CardNotFoundError(cardId);
		const before: MemoryState = row.memory;
		const after = answerCard(before, rating, now, input.scheduler);
		const card = withMemory(row, after, now);
		await db.cards.put(card);

		const buriedUntil = nextStudyDayStart(now);
		const siblings = (await db.cards.where('factKey').equals(row.factKey).toArray()).filter(
			(s) => s.id !== row.id && (s.queue === 0 || s.queue === 2)
		);
		for (const sibling of siblings) await db.cards.put(requeued({ ...sibling, buriedUntil }, now));

		const log: ReviewLogRow = {
			cardId,
			deckId: row.deckId,
			kind: row.kind,
			rating,
			reviewedAt: now,
			durationMs: Math.max(0, Math.min(MAX_ANSWER_MS, Math.round(input.durationMs))),
			before,
			after
		};
		if (siblings.length > 0) log.buriedSiblings = siblings.map((s) => s.id);
		log.id = await db.reviewLog.add(log);
		return { card, log };
	});
}

export interface UndoneReview {
	cardId: string;
	rating: Rating;
}

/**
 * Takes back the most recent answer: the card gets its state from before the answer, the siblings that
 * answer buried come back, and the log entry is deleted, all in one transaction. Returns null when
 * there is nothing to undo.
 */
export async function undoLastReview(db: AnnalsDb, now: number): Promise<UndoneReview | null> {
	return db.transaction('rw', db.cards, db.reviewLog, async () => {
		const last = await db.reviewLog.orderBy(':id').last();
		if (!last || last.id === undefined) return null;
		const row = await db.cards.get(last.cardId);
		if (row) await db.cards.put(withMemory(row, last.before, now));
		for (const id of last.buriedSiblings ?? []) {
			const sibling = await db.cards.get(id);
			if (sibling) await db.cards.put(requeued({ ...sibling, buriedUntil: 0 }, now));
		}
		await db.reviewLog.delete(last.id);
		return { cardId: last.cardId, rating: last.rating };
	});
}

/** The most recent log entry, if any (for showing what Undo would take back). */
export async function lastReview(db: AnnalsDb): Promise<ReviewLogRow | undefined> {
	return db.reviewLog.orderBy(':id').last();
}

async function updateCard(db: AnnalsDb, cardId: string, change: (row: CardRow) => CardRow): Promise<CardRow> {
	return db.transaction('rw', db.cards, async () => {
		const row = await db.cards.get(cardId);
		if (!row) throw new CardNotFoundError(cardId);
		const next = change(row);
		await db.cards.put(next);
		return next;
	});
}

/** Suspended cards never come up until unsuspended; their schedule is kept. */
export async function setSuspended(
	db: AnnalsDb,
	cardId: string,
	suspended: boolean,
	now: number
): Promise<CardRow> {
	return updateCard(db, cardId, (row) => requeued({ ...row, suspended: suspended ? 1 : 0 }, now));
}

/** Hides the card until the next study day (4 am). */
export async function buryCard(db: AnnalsDb, cardId: string, now: number): Promise<CardRow> {
	return updateCard(db, cardId, (row) => requeued({ ...row, buriedUntil: nextStudyDayStart(now) }, now));
}

/**
 * Puts cards whose burial has ended back in their queues. The queue index cannot see the clock, so the
 * app calls this when it opens a study screen; it touches only buried cards.
 */
export async function unburyExpired(db: AnnalsDb, now: number): Promise<number> {
	return db.transaction('rw', db.cards, async () => {
		const expired = await db.cards.where('buriedUntil').between(1, now, true, true).toArray();
		await db.cards.bulkPut(expired.map((row) => requeued({ ...row, buriedUntil: 0 }, now)));
		return expired.length;
	});
}

export async function getCard(db: AnnalsDb, cardId: string): Promise<CardRow | undefined> {
	return db.cards.get(cardId);
}

/** Puts back a card's suspension and burial as they were (undo of Suspend or Bury). */
export async function restoreCardFlags(
	db: AnnalsDb,
	cardId: string,
	flags: Pick<CardRow, 'suspended' | 'buriedUntil'>,
	now: number
): Promise<CardRow> {
	return updateCard(db, cardId, (row) =>
		requeued({ ...row, suspended: flags.suspended, buriedUntil: flags.buriedUntil }, now)
	);
}
