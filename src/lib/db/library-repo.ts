/**
 * The user's own documents: adding an imported document with its cards, regenerating a document's
 * cards without losing what was learned, deleting with undo, and the card browser's edits. Every
 * change that touches several rows is one transaction: a crash or a full disk leaves the library as
 * it was before, never half-written.
 */
import type { Card, DeckFile } from '../cards/types';
import { deckId } from '../generate/deck-names';
import { ImportError, quotaExceeded } from '../library/errors';
import { newMemoryState } from '../srs/fsrs-card';
import { newCardRow, requeued, withMemory } from './card-rows';
import type { CardRow, DocumentRow } from './rows';
import type { AnnalsDb } from './schema';

export function isQuotaError(error: unknown): boolean {
	for (let e: unknown = error; e instanceof Error; e = (e as Error & { inner?: unknown }).inner) {
		if (e.name === 'QuotaExceededError' || e.name === 'QuotaExceeded') return true;
	}
	return false;
}

/** Runs a write, turning a full disk into the user's message (the transaction has rolled back). */
async function writing<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		if (isQuotaError(error)) throw quotaExceeded();
		throw error;
	}
}

/** An id for a new document that no document (deleted ones included) already has. */
export async function uniqueDocumentId(db: AnnalsDb, name: string): Promise<string> {
	const base = deckId(name);
	const taken = new Set(
		(await db.documents.where('id').startsWith(base).primaryKeys()).map((k) => String(k))
	);
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Ids among `ids` that already belong to a live document: those facts are already in the library. */
export async function cardsAlreadyInLibrary(db: AnnalsDb, ids: string[]): Promise<Set<string>> {
	const rows = await db.cards.bulkGet(ids);
	const deckIds = [...new Set(rows.filter((r): r is CardRow => !!r).map((r) => r.deckId))];
	const live = new Set(
		(await db.documents.bulkGet(deckIds)).filter((d) => d && d.deletedAt === undefined).map((d) => d!.id)
	);
	return new Set(
		rows.filter((r): r is CardRow => !!r && live.has(r.deckId) && r.archived === 0).map((r) => r.id)
	);
}

export interface AddedDocument {
	documentId: string;
	added: number;
	/** Cards left out because the same fact is already in the library from another document. */
	alreadyInLibrary: number;
}

export interface NewDocument {
	id: string;
	name: string;
	title: string;
	text: string;
	generatorVersion: number;
}

/**
 * Adds the document and the cards the user kept from the preview, in ONE transaction. A card whose
 * fact another live document already holds is left out (no duplicate reviews); a card left behind by a
 * deleted document is taken over with its history.
 */
export async function addImportedDocument(
	db: AnnalsDb,
	doc: NewDocument,
	cards: Card[],
	now: number
): Promise<AddedDocument> {
	return writing(() =>
		db.transaction('rw', db.documents, db.cards, async () => {
			if (await db.documents.get(doc.id))
				throw new ImportError(
					'unsupported',
					`A document with the id “${doc.id}” is already in your library.`
				);
			const existing = new Map(
				(await db.cards.bulkGet(cards.map((c) => c.id)))
					.filter((r): r is CardRow => !!r)
					.map((r) => [r.id, r])
			);
			const owners = new Map(
				(await db.documents.bulkGet([...new Set([...existing.values()].map((r) => r.deckId))]))
					.filter((d): d is DocumentRow => !!d)
					.map((d) => [d.id, d])
			);
			const rows: CardRow[] = [];
			let alreadyInLibrary = 0;
			const seen = new Set<string>();
			const byImportance = [...cards].sort((a, b) => b.importance - a.importance);
			byImportance.forEach((card, rank) => {
				if (seen.has(card.id)) return;
				seen.add(card.id);
				const old = existing.get(card.id);
				const owner = old ? owners.get(old.deckId) : undefined;
				if (old && owner && owner.deletedAt === undefined && old.archived === 0) {
					alreadyInLibrary++;
					return;
				}
				rows.push(old ? refreshed(old, card, doc.id, now) : newCardRow(card, doc.id, now, rank));
			});
			const row: DocumentRow = { ...doc, origin: 'user', addedAt: now };
			await db.documents.add(row);
			await db.cards.bulkPut(rows);
			return { documentId: doc.id, added: rows.length, alreadyInLibrary };
		})
	);
}

/** A stored card with the generator's new texts, and everything the student did kept. */
function refreshed(old: CardRow, card: Card, deckId: string, now: number): CardRow {
	const row: CardRow = {
		...card,
		deckId,
		memory: old.memory,
		due: old.due,
		state: old.state,
		queue: old.queue,
		suspended: old.suspended,
		buriedUntil: old.buriedUntil,
		archived: 0,
		addedAt: old.addedAt
	};
	if (old.userFront !== undefined) row.userFront = old.userFront;
	if (old.userBack !== undefined) row.userBack = old.userBack;
	return requeued(row, now);
}

export interface RegenerationSummary {
	kept: number;
	added: number;
	archived: number;
}

/**
 * Replaces a document's cards by a fresh generation: a card still produced keeps its id, schedule,
 * suspension and the user's own wording; a new card is added; a card no longer produced is archived
 * (hidden, history kept), and comes back if a later generation produces it again. One transaction.
 */
export async function regenerateDocument(
	db: AnnalsDb,
	deck: DeckFile,
	now: number
): Promise<RegenerationSummary> {
	return writing(() =>
		db.transaction('rw', db.documents, db.cards, async () => {
			const doc = await db.documents.get(deck.id);
			if (!doc) throw new Error(`regenerateDocument: no document ${deck.id}`);
			const mine = new Map((await db.cards.where('deckId').equals(deck.id).toArray()).map((r) => [r.id, r]));
			const others = await cardsAlreadyInLibrary(
				db,
				deck.cards.filter((c) => !mine.has(c.id)).map((c) => c.id)
			);
			const summary: RegenerationSummary = { kept: 0, added: 0, archived: 0 };
			const rows: CardRow[] = [];
			const produced = new Set<string>();
			const byImportance = [...deck.cards].sort((a, b) => b.importance - a.importance);
			byImportance.forEach((card, rank) => {
				if (produced.has(card.id) || others.has(card.id)) return;
				produced.add(card.id);
				const old = mine.get(card.id);
				if (old) {
					rows.push(refreshed(old, card, deck.id, now));
					summary.kept++;
				} else {
					rows.push(newCardRow(card, deck.id, now, rank));
					summary.added++;
				}
			});
			for (const old of mine.values()) {
				if (produced.has(old.id) || old.archived === 1) continue;
				rows.push(requeued({ ...old, archived: 1 }, now));
				summary.archived++;
			}
			await db.cards.bulkPut(rows);
			await db.documents.put({ ...doc, generatorVersion: deck.generatorVersion });
			return summary;
		})
	);
}

export interface LibraryDocument {
	id: string;
	name: string;
	title: string;
	origin: DocumentRow['origin'];
	addedAt: number;
	chars: number;
	cardCount: number;
}

/** Live documents, newest first, with their active card counts. */
export async function listLibrary(db: AnnalsDb): Promise<LibraryDocument[]> {
	const docs = (await db.documents.toArray()).filter((d) => d.deletedAt === undefined);
	const counts = new Map<string, number>();
	await db.cards.each((c) => {
		if (c.archived === 0) counts.set(c.deckId, (counts.get(c.deckId) ?? 0) + 1);
	});
	return docs
		.map((d) => ({
			id: d.id,
			name: d.name,
			title: d.title,
			origin: d.origin,
			addedAt: d.addedAt,
			chars: d.text.length,
			cardCount: counts.get(d.id) ?? 0
		}))
		.sort((a, b) => b.addedAt - a.addedAt || a.title.localeCompare(b.title));
}

export async function documentWithCards(
	db: AnnalsDb,
	id: string
): Promise<{ document: DocumentRow; cards: CardRow[] } | undefined> {
	const document = await db.documents.get(id);
	if (!document || document.deletedAt !== undefined) return undefined;
	const cards = (await db.cards.where('deckId').equals(id).toArray()).filter((c) => c.archived === 0);
	return { document, cards };
}

/** What a delete changed, so Undo can put exactly that back. */
export interface DeletedDocument {
	documentId: string;
	title: string;
	/** Cards that were active before the delete (already archived ones stay archived on undo). */
	cardIds: string[];
}

/**
 * Deletes a document: it disappears with its cards from every list and queue, but rows are only
 * hidden (document `deletedAt`, cards archived) so nothing learned is destroyed and Undo is exact.
 */
export async function deleteDocument(db: AnnalsDb, id: string, now: number): Promise<DeletedDocument> {
	return writing(() =>
		db.transaction('rw', db.documents, db.cards, async () => {
			const doc = await db.documents.get(id);
			if (!doc || doc.deletedAt !== undefined) throw new Error(`deleteDocument: no document ${id}`);
			const active = (await db.cards.where('deckId').equals(id).toArray()).filter((c) => c.archived === 0);
			await db.cards.bulkPut(active.map((c) => requeued({ ...c, archived: 1 }, now)));
			await db.documents.put({ ...doc, deletedAt: now });
			return { documentId: id, title: doc.title, cardIds: active.map((c) => c.id) };
		})
	);
}

export async function undoDeleteDocument(db: AnnalsDb, deleted: DeletedDocument, now: number): Promise<void> {
	await writing(() =>
		db.transaction('rw', db.documents, db.cards, async () => {
			const doc = await db.documents.get(deleted.documentId);
			if (!doc) return;
			const restored: DocumentRow = { ...doc };
			delete restored.deletedAt;
			await db.documents.put(restored);
			const cards = (await db.cards.bulkGet(deleted.cardIds)).filter(
				(c): c is CardRow => !!c && c.deckId === deleted.documentId
			);
			await db.cards.bulkPut(cards.map((c) => requeued({ ...c, archived: 0 }, now)));
		})
	);
}

// ——— Card browser edits ———

/** The user's own wording; an empty or unchanged face goes back to the generated text. */
export async function editCard(
	db: AnnalsDb,
	id: string,
	faces: { front: string; back: string }
): Promise<CardRow> {
	return writing(() =>
		db.transaction('rw', db.cards, async () => {
			const card = await db.cards.get(id);
			if (!card) throw new Error(`editCard: no card ${id}`);
			const next: CardRow = { ...card };
			const front = faces.front.trim();
			const back = faces.back.trim();
			if (front && front !== card.front) next.userFront = front;
			else delete next.userFront;
			if (back && back !== card.back) next.userBack = back;
			else delete next.userBack;
			await db.cards.put(next);
			return next;
		})
	);
}

export type BulkAction = 'suspend' | 'unsuspend' | 'bury' | 'unbury' | 'reset' | 'delete';

/** Applies one action to every selected card in one transaction; returns how many changed. */
export async function applyToCards(
	db: AnnalsDb,
	ids: string[],
	action: BulkAction,
	now: number,
	buryUntil = now
): Promise<number> {
	return writing(() =>
		db.transaction('rw', db.cards, async () => {
			const cards = (await db.cards.bulkGet(ids)).filter((c): c is CardRow => !!c);
			if (action === 'delete') {
				// Deleting a card archives it: its review history stays valid and a backup still has it.
				await db.cards.bulkPut(cards.map((c) => requeued({ ...c, archived: 1 }, now)));
				return cards.length;
			}
			const changed = cards.map((c) => {
				if (action === 'suspend') return requeued({ ...c, suspended: 1 }, now);
				if (action === 'unsuspend') return requeued({ ...c, suspended: 0 }, now);
				if (action === 'bury') return requeued({ ...c, buriedUntil: buryUntil }, now);
				if (action === 'unbury') return requeued({ ...c, buriedUntil: 0 }, now);
				// reset: a new card again, introduced first; its past answers stay in the log.
				return withMemory({ ...c, suspended: 0, buriedUntil: 0 }, newMemoryState(now), now);
			});
			await db.cards.bulkPut(changed);
			return changed.length;
		})
	);
}

/** Every active card with its document title, for the browser's search and filters. */
export async function browsableCards(
	db: AnnalsDb
): Promise<{ cards: CardRow[]; titles: Map<string, string> }> {
	const docs = (await db.documents.toArray()).filter((d) => d.deletedAt === undefined);
	const titles = new Map(docs.map((d) => [d.id, d.title]));
	const cards = (await db.cards.toArray()).filter((c) => c.archived === 0 && titles.has(c.deckId));
	return { cards, titles };
}
