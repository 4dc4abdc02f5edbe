/**
 * The review log in the shape fsrs-browser's optimiser reads (Anki's revlog columns), and the study
 * day of each review, shared by the optimiser and the evaluation so both see the same day deltas.
 */
import type { ReviewLogRow } from '../db/rows';

export type OptimizerReview = Pick<ReviewLogRow, 'cardId' | 'rating' | 'reviewedAt'> & {
	before: Pick<ReviewLogRow['before'], 'state'>;
};

export interface AnkiRevlog {
	cids: BigInt64Array;
	eases: Uint8Array;
	ids: BigInt64Array;
	/** Anki's revlog type: 0 learning, 1 review, 2 relearning. */
	types: Uint8Array;
}

/**
 * Minutes to add to UTC so that a study day starts at midnight: the local offset from UTC minus the
 * rollover hour (what fsrs-browser calls `minute_offset`). Depends on the clock, so the caller gives it.
 */
export function minuteOffsetFor(timezoneOffsetMinutes: number, rolloverHour: number): number {
	return -timezoneOffsetMinutes - rolloverHour * 60;
}

export function studyDayNumber(time: number, minuteOffset: number): number {
	return Math.floor((time / 60_000 + minuteOffset) / 1440);
}

/** Reviews grouped by card, each card's in time order, cards in a stable order. */
export function reviewsByCard<T extends OptimizerReview>(log: readonly T[]): T[][] {
	const byCard = new Map<string, T[]>();
	for (const review of log) {
		let list = byCard.get(review.cardId);
		if (!list) byCard.set(review.cardId, (list = []));
		list.push(review);
	}
	const keys = [...byCard.keys()].sort();
	return keys.map((key) => (byCard.get(key) as T[]).sort((a, b) => a.reviewedAt - b.reviewedAt));
}

export function toAnkiRevlog(log: readonly OptimizerReview[]): AnkiRevlog {
	const cards = reviewsByCard(log);
	const n = cards.reduce((sum, reviews) => sum + reviews.length, 0);
	const out: AnkiRevlog = {
		cids: new BigInt64Array(n),
		eases: new Uint8Array(n),
		ids: new BigInt64Array(n),
		types: new Uint8Array(n)
	};
	let i = 0;
	cards.forEach((reviews, cardIndex) => {
		for (const review of reviews) {
			out.cids[i] = BigInt(cardIndex + 1);
			out.eases[i] = review.rating;
			// Anki revlog ids are answer times in ms.
			out.ids[i] = BigInt(review.reviewedAt);
			const state = review.before.state;
			out.types[i] = state === 2 ? 1 : state === 3 ? 2 : 0;
			i++;
		}
	});
	return out;
}
