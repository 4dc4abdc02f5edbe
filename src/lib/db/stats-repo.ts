/**
 * Reads for the statistics screen and the optimiser, the student's fitted FSRS parameters (with the
 * previous ones kept to go back) and exam dates per deck, stored as rows of `settings`.
 */
import type { AnnalsDb } from './schema';
import type { CardRow, ReviewLogRow } from './rows';
import { getSetting, putSetting } from './settings-repo';
import { withMemory } from './card-rows';
import type { StatsCard, StatsReview } from '../stats/types';

const PARAMETERS_KEY = 'fsrsParameters';
const EXAM_DATES_KEY = 'examDates';
/** Rows are read in pages so a year of history does not build one huge request. */
const PAGE = 20_000;

export interface StoredParameters {
	/** The 21 FSRS-6 weights in use, or null for ts-fsrs's defaults. */
	weights: number[] | null;
	/** What was in use before the last change (null = defaults), for "go back". */
	previous: number[] | null;
	/** Epoch ms of the last change, if any. */
	changedAt?: number;
}

function slimReview(row: ReviewLogRow): StatsReview {
	return {
		cardId: row.cardId,
		deckId: row.deckId,
		kind: row.kind,
		rating: row.rating,
		reviewedAt: row.reviewedAt,
		durationMs: row.durationMs,
		before: { state: row.before.state, scheduledDays: row.before.scheduledDays }
	};
}

function slimCard(row: CardRow): StatsCard {
	const { due, stability, difficulty, lastReview, state } = row.memory;
	return {
		id: row.id,
		deckId: row.deckId,
		kind: row.kind,
		state: row.state,
		suspended: row.suspended,
		archived: row.archived,
		memory: { due, stability, difficulty, lastReview, state }
	};
}

/** The whole review log in answer order, slimmed to what statistics and the optimiser read. */
export async function readReviewLog(db: AnnalsDb): Promise<StatsReview[]> {
	const out: StatsReview[] = [];
	let after = 0;
	for (;;) {
		const page = await db.reviewLog.where('id').above(after).limit(PAGE).toArray();
		for (const row of page) out.push(slimReview(row));
		if (page.length < PAGE) break;
		after = page[page.length - 1].id ?? after;
	}
	return out;
}

export async function readStatsCards(db: AnnalsDb): Promise<StatsCard[]> {
	const out: StatsCard[] = [];
	let after = '';
	for (;;) {
		const page = await db.cards.where('id').above(after).limit(PAGE).toArray();
		for (const row of page) out.push(slimCard(row));
		if (page.length < PAGE) break;
		after = page[page.length - 1].id;
	}
	return out;
}

function isWeights(value: unknown): value is number[] {
	return Array.isArray(value) && value.length === 21 && value.every((w) => Number.isFinite(w));
}

export async function getStoredParameters(db: AnnalsDb): Promise<StoredParameters> {
	const value = await getSetting<Partial<StoredParameters>>(db, PARAMETERS_KEY);
	return {
		weights: isWeights(value?.weights) ? value.weights : null,
		previous: isWeights(value?.previous) ? value.previous : null,
		changedAt: typeof value?.changedAt === 'number' ? value.changedAt : undefined
	};
}

/** The weights the scheduler should use, or undefined for the defaults. */
export async function getFsrsWeights(db: AnnalsDb): Promise<number[] | undefined> {
	return (await getStoredParameters(db)).weights ?? undefined;
}

/** Puts `weights` in use (null = defaults) and keeps what was in use as the way back. */
export async function applyParameters(
	db: AnnalsDb,
	weights: number[] | null,
	now: number
): Promise<StoredParameters> {
	if (weights !== null && !isWeights(weights)) throw new Error('FSRS parameters must be 21 finite numbers');
	return db.transaction('rw', db.settings, async () => {
		const current = await getStoredParameters(db);
		const next: StoredParameters = { weights, previous: current.weights, changedAt: now };
		await putSetting(db, PARAMETERS_KEY, next);
		return next;
	});
}

/** Goes back to the parameters in use before the last change. */
export async function revertParameters(db: AnnalsDb, now: number): Promise<StoredParameters> {
	return db.transaction('rw', db.settings, async () => {
		const current = await getStoredParameters(db);
		const next: StoredParameters = { weights: current.previous, previous: current.weights, changedAt: now };
		await putSetting(db, PARAMETERS_KEY, next);
		return next;
	});
}

/** Exam dates by deck id (epoch ms of the exam day's start). */
export async function getExamDates(db: AnnalsDb): Promise<Record<string, number>> {
	const value = await getSetting<Record<string, unknown>>(db, EXAM_DATES_KEY);
	const out: Record<string, number> = {};
	if (value && typeof value === 'object') {
		for (const [deck, at] of Object.entries(value))
			if (typeof at === 'number' && Number.isFinite(at)) out[deck] = at;
	}
	return out;
}

export async function setExamDate(
	db: AnnalsDb,
	deckId: string,
	at: number | null
): Promise<Record<string, number>> {
	return db.transaction('rw', db.settings, async () => {
		const dates = await getExamDates(db);
		if (at === null) delete dates[deckId];
		else dates[deckId] = at;
		await putSetting(db, EXAM_DATES_KEY, dates);
		return dates;
	});
}

/**
 * Brings the deck's studied cards that are next due on or after the exam day forward, spread evenly
 * over the days from tomorrow to the day before the exam (today if the exam is tomorrow), so each is
 * seen once more in time. Memory is unchanged: only the due date moves. One transaction. Returns how
 * many cards moved.
 */
export async function bringForwardBeforeExam(
	db: AnnalsDb,
	deckId: string,
	examDayStart: number,
	tomorrowStart: number,
	now: number
): Promise<number> {
	return db.transaction('rw', db.cards, async () => {
		const rows = (await db.cards.where('deckId').equals(deckId).toArray()).filter(
			(r) => r.state !== 0 && r.archived === 0 && r.suspended === 0 && r.memory.due >= examDayStart
		);
		if (rows.length === 0) return 0;
		const dayMs = 86_400_000;
		const firstDay = examDayStart - tomorrowStart >= dayMs ? tomorrowStart : tomorrowStart - dayMs;
		const days = Math.max(1, Math.round((examDayStart - firstDay) / dayMs));
		// Weakest memories first, so the most at risk are refreshed earliest.
		rows.sort((a, b) => a.memory.stability - b.memory.stability);
		const moved = rows.map((row, i) => {
			const due = Math.max(now, firstDay + Math.floor((i * days) / rows.length) * dayMs);
			return withMemory(row, { ...row.memory, due }, now);
		});
		await db.cards.bulkPut(moved);
		return moved.length;
	});
}
