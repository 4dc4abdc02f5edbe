import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
	addImportedDocument,
	applyToCards,
	deleteDocument,
	editCard,
	listLibrary,
	regenerateDocument,
	undoDeleteDocument,
	uniqueDocumentId
} from '../../src/lib/db/library-repo';
import { AnnalsDb } from '../../src/lib/db/schema';
import { ImportError } from '../../src/lib/library/errors';
import { card, deck } from './library-cards';

const NOW = Date.UTC(2026, 0, 10, 12);
let db: AnnalsDb;
let n = 0;
const open = () => (db = new AnnalsDb(`library-${n++}`));
afterEach(async () => {
	db.close();
	await db.delete();
});

const doc = (id: string) => ({ id, name: `${id}.txt`, title: id, text: 'The text.', generatorVersion: 1 });

describe('adding an imported document', () => {
	it('stores the document and its kept cards as new cards', async () => {
		open();
		const result = await addImportedDocument(
			db,
			doc('notes'),
			[card('a', 'notes.txt'), card('b', 'notes.txt')],
			NOW
		);
		expect(result).toEqual({ documentId: 'notes', added: 2, alreadyInLibrary: 0 });
		const rows = await db.cards.where('deckId').equals('notes').toArray();
		expect(rows.map((r) => [r.id, r.state, r.queue, r.archived])).toEqual([
			['a', 0, 0, 0],
			['b', 0, 0, 0]
		]);
		expect((await db.documents.get('notes'))?.origin).toBe('user');
	});

	it('leaves out facts another document already holds, instead of reviewing them twice', async () => {
		open();
		await addImportedDocument(db, doc('first'), [card('shared', 'first.txt')], NOW);
		const result = await addImportedDocument(
			db,
			doc('second'),
			[card('shared', 'second.txt'), card('own', 'second.txt')],
			NOW
		);
		expect(result.alreadyInLibrary).toBe(1);
		expect((await db.cards.get('shared'))?.deckId).toBe('first');
	});

	it('writes nothing when the disk is full mid-way, and says so', async () => {
		open();
		await addImportedDocument(db, doc('before'), [card('kept', 'before.txt')], NOW);
		const realBulkPut = db.cards.bulkPut.bind(db.cards);
		db.cards.bulkPut = (async () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}) as unknown as typeof db.cards.bulkPut;
		const error = await addImportedDocument(db, doc('big'), [card('x', 'big.txt')], NOW).catch(
			(e: unknown) => e
		);
		db.cards.bulkPut = realBulkPut;
		expect(error).toBeInstanceOf(ImportError);
		expect((error as ImportError).code).toBe('quota');
		expect((error as ImportError).message).toMatch(/storage space.*nothing was added/i);
		expect(await db.documents.get('big')).toBeUndefined();
		expect(await db.documents.count()).toBe(1);
		expect(await db.cards.count()).toBe(1);
	});

	it('gives a second file with the same name its own id', async () => {
		open();
		await addImportedDocument(db, doc('notes'), [], NOW);
		expect(await uniqueDocumentId(db, 'Notes.txt')).toBe('notes-2');
		expect(await uniqueDocumentId(db, 'Other notes.md')).toBe('other-notes');
	});
});

describe('regenerating a document', () => {
	it('keeps ids, schedules and the user’s edits, adds new cards and archives vanished ones', async () => {
		open();
		await addImportedDocument(db, doc('d'), [card('keep', 'd.txt'), card('gone', 'd.txt')], NOW);
		const studied = await db.cards.get('keep');
		await db.cards.put({
			...studied!,
			memory: { ...studied!.memory, reps: 3, stability: 12 },
			state: 2,
			queue: 2
		});
		await editCard(db, 'keep', { front: 'My own question?', back: '1924' });
		await applyToCards(db, ['keep'], 'suspend', NOW);

		const summary = await regenerateDocument(
			db,
			deck('d', [
				card('keep', 'd.txt', { front: 'When did keep happen (new wording)?' }),
				card('new', 'd.txt')
			]),
			NOW + 1000
		);
		expect(summary).toEqual({ kept: 1, added: 1, archived: 1 });
		const kept = await db.cards.get('keep');
		expect(kept?.front).toBe('When did keep happen (new wording)?');
		expect(kept?.userFront).toBe('My own question?');
		expect(kept?.memory.reps).toBe(3);
		expect(kept?.suspended).toBe(1);
		expect((await db.cards.get('gone'))?.archived).toBe(1);
		expect((await db.cards.get('new'))?.state).toBe(0);

		// A later generation that produces the vanished card again brings it back with its history.
		await regenerateDocument(db, deck('d', [card('keep', 'd.txt'), card('gone', 'd.txt')]), NOW + 2000);
		expect((await db.cards.get('gone'))?.archived).toBe(0);
		expect((await db.cards.get('new'))?.archived).toBe(1);
	});
});

describe('deleting a document', () => {
	it('hides it and its cards, and Undo brings back exactly what was there', async () => {
		open();
		await addImportedDocument(db, doc('d'), [card('a', 'd.txt'), card('b', 'd.txt')], NOW);
		await applyToCards(db, ['b'], 'delete', NOW);
		const deleted = await deleteDocument(db, 'd', NOW);
		expect(await listLibrary(db)).toEqual([]);
		expect((await db.cards.get('a'))?.queue).toBe(-1);
		await undoDeleteDocument(db, deleted, NOW);
		const [entry] = await listLibrary(db);
		expect(entry.cardCount).toBe(1);
		expect((await db.cards.get('a'))?.archived).toBe(0);
		expect((await db.cards.get('b'))?.archived).toBe(1);
	});

	it('lets a re-import take over the deleted document’s cards with their history', async () => {
		open();
		await addImportedDocument(db, doc('d'), [card('a', 'd.txt')], NOW);
		const a = await db.cards.get('a');
		await db.cards.put({ ...a!, memory: { ...a!.memory, reps: 5 } });
		await deleteDocument(db, 'd', NOW);
		const result = await addImportedDocument(db, doc('d-2'), [card('a', 'd.txt')], NOW);
		expect(result.added).toBe(1);
		const taken = await db.cards.get('a');
		expect(taken?.deckId).toBe('d-2');
		expect(taken?.memory.reps).toBe(5);
	});
});

describe('card browser actions', () => {
	it('suspends, buries, resets and edits; an unchanged face is not stored as an edit', async () => {
		open();
		await addImportedDocument(db, doc('d'), [card('a', 'd.txt'), card('b', 'd.txt')], NOW);
		expect(await applyToCards(db, ['a', 'b'], 'bury', NOW, NOW + 86_400_000)).toBe(2);
		expect((await db.cards.get('a'))?.queue).toBe(-1);
		await applyToCards(db, ['a'], 'unbury', NOW);
		expect((await db.cards.get('a'))?.queue).toBe(0);
		const edited = await editCard(db, 'a', { front: 'When did a happen?', back: 'In 1924' });
		expect(edited.userFront).toBeUndefined();
		expect(edited.userBack).toBe('In 1924');
		const b = await db.cards.get('b');
		await db.cards.put({ ...b!, memory: { ...b!.memory, reps: 4, lapses: 2, state: 2 }, state: 2 });
		await applyToCards(db, ['b'], 'reset', NOW);
		const reset = await db.cards.get('b');
		expect([reset?.memory.reps, reset?.memory.lapses, reset?.state, reset?.queue]).toEqual([0, 0, 0, 0]);
	});
});
