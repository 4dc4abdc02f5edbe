/**
 * The decks shipped with the app (cards/decks/*.json) go into IndexedDB here. A re-import after a
 * regenerated build updates card texts in place and never touches what the student learned: ids are
 * stable, so memory state, suspension and the review log survive; cards no longer shipped are archived
 * (hidden, history kept) and come back if a later build ships them again.
 */
import type { DeckFile } from '../cards/types';
import type { CardRow, DocumentRow } from './rows';
import type { AnnalsDb } from './schema';
import { newCardRow, requeued } from './card-rows';

export const BUNDLED_VERSION_KEY = 'bundledDecksVersion';

export interface BundledDeck {
	deck: DeckFile;
	/** The document's original text, when shipped; quotes are slices of it. */
	text?: string;
}

export interface ImportProgress {
	done: number;
	total: number;
}

export interface ImportSummary {
	added: number;
	updated: number;
	archived: number;
	documents: number;
}

/** Rows are written in slices so the progress bar can move while the single transaction runs. */
const WRITE_SLICE = 500;

/** The version last imported, or undefined before the first run. */
export async function importedBundledVersion(db: AnnalsDb): Promise<string | undefined> {
	const row = await db.settings.get(BUNDLED_VERSION_KEY);
	return typeof row?.value === 'string' ? row.value : undefined;
}

/** The row for a card already in the store, with the shipped texts and the student's learning kept. */
function refreshedRow(
	existing: CardRow,
	card: DeckFile['cards'][number],
	deckId: string,
	now: number,
	archived: 0 | 1
): CardRow {
	const row: CardRow = {
		...card,
		deckId,
		memory: existing.memory,
		due: existing.due,
		state: existing.state,
		queue: existing.queue,
		suspended: existing.suspended,
		buriedUntil: existing.buriedUntil,
		archived,
		addedAt: existing.addedAt
	};
	if (existing.userFront !== undefined) row.userFront = existing.userFront;
	if (existing.userBack !== undefined) row.userBack = existing.userBack;
	return requeued(row, now);
}

/**
 * Imports the shipped decks in ONE transaction (all or nothing) and records `version`, so the app
 * imports again only when the shipped decks changed. New cards are introduced by importance, the most
 * important card of every deck first.
 */
export async function importBundledDecks(
	db: AnnalsDb,
	decks: BundledDeck[],
	options: { now: number; version: string; onProgress?: (progress: ImportProgress) => void }
): Promise<ImportSummary> {
	const { now, version, onProgress } = options;
	return db.transaction('rw', db.documents, db.cards, db.settings, async () => {
		const previousDocs = await db.documents.where('origin').equals('bundled').toArray();
		const bundledIds = new Set([...previousDocs.map((d) => d.id), ...decks.map((d) => d.deck.id)]);
		const existing = new Map<string, CardRow>();
		for (const row of await db.cards
			.where('deckId')
			.anyOf([...bundledIds])
			.toArray())
			existing.set(row.id, row);

		const summary: ImportSummary = { added: 0, updated: 0, archived: 0, documents: decks.length };
		let rows: CardRow[] = [];
		const shipped = new Set<string>();
		const previousById = new Map(previousDocs.map((d) => [d.id, d]));
		for (const { deck } of decks) {
			// A document the student deleted stays deleted: its cards are updated but stay archived.
			const hidden = previousById.get(deck.id)?.deletedAt !== undefined;
			const byImportance = [...deck.cards].sort((a, b) => b.importance - a.importance);
			byImportance.forEach((card, rank) => {
				// The same fact can be shipped by two decks; the first deck keeps it.
				if (shipped.has(card.id)) return;
				shipped.add(card.id);
				const old = existing.get(card.id) ?? null;
				if (old) {
					rows.push(refreshedRow(old, card, deck.id, now, hidden ? old.archived : 0));
					summary.updated++;
				} else {
					const row = newCardRow(card, deck.id, now, rank);
					rows.push(hidden ? requeued({ ...row, archived: 1 }, now) : row);
					summary.added++;
				}
			});
		}
		for (const old of existing.values()) {
			if (shipped.has(old.id) || old.archived === 1) continue;
			rows.push(requeued({ ...old, archived: 1 }, now));
			summary.archived++;
		}

		// A card id already used by one of the student's own documents (same fact) stays theirs, with its
		// schedule; the bundled copy is not written over it.
		const candidates = rows.filter((row) => !existing.has(row.id));
		const taken = new Set(
			(await db.cards.bulkGet(candidates.map((row) => row.id))).flatMap((row) => (row ? [row.id] : []))
		);
		if (taken.size > 0) {
			rows = rows.filter((row) => !taken.has(row.id));
			summary.added -= taken.size;
		}

		const total = rows.length;
		onProgress?.({ done: 0, total });
		for (let start = 0; start < total; start += WRITE_SLICE) {
			await db.cards.bulkPut(rows.slice(start, start + WRITE_SLICE));
			onProgress?.({ done: Math.min(total, start + WRITE_SLICE), total });
		}

		const documents: DocumentRow[] = decks.map(({ deck, text }) => {
			const previous = previousById.get(deck.id);
			const doc: DocumentRow = {
				id: deck.id,
				name: deck.document,
				title: deck.title,
				text: text ?? previous?.text ?? '',
				origin: 'bundled',
				addedAt: previous?.addedAt ?? now,
				generatorVersion: deck.generatorVersion
			};
			if (previous?.deletedAt !== undefined) doc.deletedAt = previous.deletedAt;
			return doc;
		});
		await db.documents.bulkPut(documents);
		// A bundled document no longer shipped is hidden; its cards were archived above.
		const shippedDocs = new Set(decks.map((d) => d.deck.id));
		for (const doc of previousDocs) {
			if (!shippedDocs.has(doc.id) && doc.deletedAt === undefined) {
				await db.documents.put({ ...doc, deletedAt: now });
			}
		}
		await db.settings.put({ key: BUNDLED_VERSION_KEY, value: version });
		return summary;
	});
}

export interface DeckInfo {
	id: string;
	title: string;
	name: string;
	origin: DocumentRow['origin'];
}

/** The documents the student can study, bundled and own, in title order. */
export async function listDecks(db: AnnalsDb): Promise<DeckInfo[]> {
	const docs = await db.documents.toArray();
	return docs
		.filter((d) => d.deletedAt === undefined)
		.map((d) => ({ id: d.id, title: d.title, name: d.name, origin: d.origin }))
		.sort((a, b) => a.title.localeCompare(b.title));
}

export async function getDocument(db: AnnalsDb, id: string): Promise<DocumentRow | undefined> {
	return db.documents.get(id);
}
