/**
 * Quizzes in IndexedDB: the cards a test is built from, the results of past tests, and "Review these",
 * which is the ONLY way a quiz touches the FSRS schedule (answers in a test are logged, not rated).
 */
import type { CardKind } from '../cards/types';
import type { QuizCard } from '../quiz/facts';
import { trendByDeck, type TrendPoint } from '../quiz/exam';
import { withMemory } from './card-rows';
import type { CardRow, QuizResultRow } from './rows';
import type { AnnalsDb } from './schema';

export interface QuizDeck {
	id: string;
	title: string;
	counts: Record<CardKind, number>;
}

export interface QuizCollection {
	decks: QuizDeck[];
	/** Every live card of every live document: questions are checked against all of them. */
	cards: QuizCard[];
}

/** A card as the student knows it: their own wording, when they edited it. */
function asQuizCard(row: CardRow): QuizCard {
	const {
		memory: _m,
		due: _d,
		state: _s,
		queue: _q,
		suspended: _su,
		buriedUntil: _b,
		archived: _a,
		...card
	} = row;
	return { ...card, front: row.userFront ?? row.front, back: row.userBack ?? row.back };
}

export async function loadQuizCollection(db: AnnalsDb): Promise<QuizCollection> {
	return db.transaction('r', db.documents, db.cards, async () => {
		const documents = (await db.documents.toArray()).filter((d) => d.deletedAt === undefined);
		const live = new Set(documents.map((d) => d.id));
		const rows = (await db.cards.toArray()).filter((c) => c.archived === 0 && live.has(c.deckId));
		const decks = documents
			.map((d) => {
				const counts: Record<CardKind, number> = { date: 0, office: 0, thesis: 0 };
				for (const row of rows) if (row.deckId === d.id) counts[row.kind] += 1;
				return { id: d.id, title: d.title, counts };
			})
			.filter((d) => d.counts.date + d.counts.office + d.counts.thesis > 0)
			.sort((a, b) => a.title.localeCompare(b.title));
		return { decks, cards: rows.map(asQuizCard) };
	});
}

export async function saveQuizResult(db: AnnalsDb, result: QuizResultRow): Promise<number> {
	const { id: _id, ...row } = result;
	return (await db.quizResults.add(row)) as number;
}

/** Store a changed result (an "I was right" after the test was saved). */
export async function updateQuizResult(db: AnnalsDb, result: QuizResultRow & { id: number }): Promise<void> {
	await db.quizResults.put(result);
}

/** Past tests, newest first. */
export async function listQuizResults(db: AnnalsDb): Promise<QuizResultRow[]> {
	return db.quizResults.orderBy('takenAt').reverse().toArray();
}

export async function quizTrends(db: AnnalsDb): Promise<Map<string, TrendPoint[]>> {
	return trendByDeck(await listQuizResults(db));
}

/**
 * "Review these": the missed cards come up in the next review session. Reviewed cards become due now
 * (their FSRS memory is kept: no rating is invented); new cards move to the front of the new queue.
 * One transaction, so either every missed card is rescheduled or none is. Returns how many moved.
 */
export async function reviewSooner(db: AnnalsDb, cardIds: readonly string[], now: number): Promise<number> {
	return db.transaction('rw', db.cards, async () => {
		const rows = (await db.cards.bulkGet([...cardIds])).filter((r): r is CardRow => !!r && r.archived === 0);
		const changed: CardRow[] = [];
		for (const row of rows) {
			const due = row.state === 0 ? 0 : now;
			if (row.memory.due <= due) continue;
			changed.push(withMemory(row, { ...row.memory, due }, now));
		}
		await db.cards.bulkPut(changed);
		return changed.length;
	});
}
