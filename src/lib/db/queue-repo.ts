/**
 * What to study now, read straight from the queue indexes: [queue+due] for everything, and
 * [deckId+kind+queue+due] when studying one deck and/or one kind. Every query is a key range with a
 * limit, so the cost follows what is due, not the size of the collection.
 */
import type { CardKind } from '../cards/types';
import type { CardRow, StudyQueue } from './rows';
import type { AnnalsDb } from './schema';
import { nextStudyDayStart } from '../srs/day';
import {
	chooseNextQueue,
	countDoneToday,
	LEARN_AHEAD_MS,
	remainingAllowance,
	type DoneToday,
	type QueueName
} from '../srs/queue';
import type { StudySettings } from '../srs/settings';
import { studyDayStart } from '../srs/day';

export const CARD_KINDS: readonly CardKind[] = ['date', 'office', 'thesis'];

/** Which cards a session studies; an empty scope means everything. */
export interface StudyScope {
	deckId?: string;
	kind?: CardKind;
}

type Range = { lower: unknown[]; upper: unknown[]; index: string };

/** Key ranges covering `queue` with lo <= due < hi inside the scope. */
async function rangesFor(
	db: AnnalsDb,
	scope: StudyScope,
	queue: StudyQueue,
	lo: number,
	hi: number
): Promise<Range[]> {
	if (!scope.deckId && !scope.kind) {
		return [{ index: '[queue+due]', lower: [queue, lo], upper: [queue, hi] }];
	}
	// Every card belongs to a document row (bundled or the student's), and documents are few.
	const deckIds = scope.deckId ? [scope.deckId] : await db.documents.toCollection().primaryKeys();
	const kinds = scope.kind ? [scope.kind] : CARD_KINDS;
	const ranges: Range[] = [];
	for (const deckId of deckIds) {
		for (const kind of kinds) {
			ranges.push({
				index: '[deckId+kind+queue+due]',
				lower: [deckId, kind, queue, lo],
				upper: [deckId, kind, queue, hi]
			});
		}
	}
	return ranges;
}

function collection(db: AnnalsDb, r: Range) {
	return db.cards.where(r.index).between(r.lower, r.upper, true, false);
}

/** Cards of the queues in [lo, hi), earliest due first, at most `limit`. */
async function cardsIn(
	db: AnnalsDb,
	scope: StudyScope,
	queues: StudyQueue[],
	lo: number,
	hi: number,
	limit: number
): Promise<CardRow[]> {
	if (limit <= 0) return [];
	const found: CardRow[] = [];
	for (const queue of queues) {
		for (const r of await rangesFor(db, scope, queue, lo, hi)) {
			found.push(...(await collection(db, r).limit(limit).toArray()));
		}
	}
	return found.sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : 1)).slice(0, limit);
}

/** How many cards of the queues have lo <= due < hi, counting at most `cap`. */
async function countIn(
	db: AnnalsDb,
	scope: StudyScope,
	queues: StudyQueue[],
	lo: number,
	hi: number,
	cap = Infinity
): Promise<number> {
	let total = 0;
	for (const queue of queues) {
		for (const r of await rangesFor(db, scope, queue, lo, hi)) {
			if (total >= cap) return cap;
			const c = collection(db, r);
			total += Number.isFinite(cap) ? (await c.limit(cap - total).primaryKeys()).length : await c.count();
		}
	}
	return Math.min(total, cap);
}

const LEARNING: StudyQueue[] = [1, 3];
const REVIEW: StudyQueue[] = [2];
const NEW: StudyQueue[] = [0];

export async function doneToday(db: AnnalsDb, now: number): Promise<DoneToday> {
	const logs = await db.reviewLog.where('reviewedAt').between(studyDayStart(now), now, true, true).toArray();
	return countDoneToday(logs, now);
}

/** What is left today in a scope, after the daily limits (the numbers shown as new / learning / review). */
export interface StudyCounts {
	newCards: number;
	learning: number;
	reviews: number;
}

export async function studyCounts(
	db: AnnalsDb,
	scope: StudyScope,
	now: number,
	settings: StudySettings,
	done?: DoneToday
): Promise<StudyCounts> {
	const allowance = remainingAllowance(settings, done ?? (await doneToday(db, now)));
	const dayEnd = nextStudyDayStart(now);
	const [learning, reviews, newCards] = await Promise.all([
		countIn(db, scope, LEARNING, -Infinity, now + LEARN_AHEAD_MS),
		countIn(db, scope, REVIEW, -Infinity, dayEnd, allowance.reviews),
		countIn(db, scope, NEW, -Infinity, Infinity, allowance.newCards)
	]);
	return { newCards, learning, reviews };
}

export interface NextCard {
	card: CardRow;
	queue: QueueName;
}

/**
 * The card to show now, or null when the scope has nothing left today. Learning cards due within the
 * learn-ahead window are shown only when nothing else is left, as in Anki.
 */
export async function nextCard(
	db: AnnalsDb,
	scope: StudyScope,
	now: number,
	settings: StudySettings
): Promise<NextCard | null> {
	const done = await doneToday(db, now);
	const allowance = remainingAllowance(settings, done);
	const dayEnd = nextStudyDayStart(now);
	const [learningNow, reviews, newCards] = await Promise.all([
		cardsIn(db, scope, LEARNING, -Infinity, now + 1, 1),
		countIn(db, scope, REVIEW, -Infinity, dayEnd, allowance.reviews),
		countIn(db, scope, NEW, -Infinity, Infinity, allowance.newCards)
	]);
	const choice = chooseNextQueue({ learningDue: learningNow.length, reviews, newCards, done });
	if (choice === 'learning') return { card: learningNow[0], queue: 'learning' };
	if (choice === 'review')
		return { card: (await cardsIn(db, scope, REVIEW, -Infinity, dayEnd, 1))[0], queue: 'review' };
	if (choice === 'new')
		return { card: (await cardsIn(db, scope, NEW, -Infinity, Infinity, 1))[0], queue: 'new' };
	const ahead = await cardsIn(db, scope, LEARNING, -Infinity, now + LEARN_AHEAD_MS, 1);
	return ahead.length > 0 ? { card: ahead[0], queue: 'learning' } : null;
}

/** The next `limit` due cards (learning due now, then reviews due today), for listings and the bench. */
export async function dueCards(
	db: AnnalsDb,
	scope: StudyScope,
	now: number,
	limit: number
): Promise<CardRow[]> {
	const learning = await cardsIn(db, scope, LEARNING, -Infinity, now + 1, limit);
	const reviews = await cardsIn(
		db,
		scope,
		REVIEW,
		-Infinity,
		nextStudyDayStart(now),
		limit - learning.length
	);
	return [...learning, ...reviews];
}

/** When the scope next has something to study: the earliest learning or review card due after now. */
export async function nextDueAt(db: AnnalsDb, scope: StudyScope, now: number): Promise<number | null> {
	const [next] = await cardsIn(db, scope, [...LEARNING, ...REVIEW], now, Infinity, 1);
	return next ? next.due : null;
}

/** Whether today's limits, not an empty collection, are what stops the session. */
export async function limitsReached(
	db: AnnalsDb,
	scope: StudyScope,
	now: number,
	settings: StudySettings
): Promise<{ newCardsWaiting: boolean; reviewsWaiting: boolean }> {
	const allowance = remainingAllowance(settings, await doneToday(db, now));
	const dayEnd = nextStudyDayStart(now);
	return {
		newCardsWaiting: allowance.newCards === 0 && (await countIn(db, scope, NEW, -Infinity, Infinity, 1)) > 0,
		reviewsWaiting: allowance.reviews === 0 && (await countIn(db, scope, REVIEW, -Infinity, dayEnd, 1)) > 0
	};
}

export interface DeckCounts {
	deckId: string;
	/** What is left today in the whole deck (limits applied per deck, like Anki's deck list). */
	all: StudyCounts & { total: number };
	/** The same per kind, for the kind filters. */
	byKind: Record<CardKind, StudyCounts & { total: number }>;
}

/** Due/new counts for every deck and kind, for the home screen. */
export async function deckOverview(
	db: AnnalsDb,
	deckIds: string[],
	now: number,
	settings: StudySettings
): Promise<DeckCounts[]> {
	const done = await doneToday(db, now);
	const result: DeckCounts[] = [];
	for (const deckId of deckIds) {
		const byKind = {} as DeckCounts['byKind'];
		for (const kind of CARD_KINDS) {
			const scope = { deckId, kind };
			const counts = await studyCounts(db, scope, now, settings, done);
			const total = await db.cards
				.where('[deckId+kind+queue+due]')
				.between([deckId, kind, 0, -Infinity], [deckId, kind, Infinity, Infinity])
				.count();
			byKind[kind] = { ...counts, total };
		}
		const all = await studyCounts(db, { deckId }, now, settings, done);
		const total = CARD_KINDS.reduce((sum, kind) => sum + byKind[kind].total, 0);
		result.push({ deckId, all: { ...all, total }, byKind });
	}
	return result;
}
