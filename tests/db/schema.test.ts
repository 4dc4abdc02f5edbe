import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AnnalsDb } from '../../src/lib/db/schema';
import { freshDb } from '../fixtures/db';

describe('schema', () => {
	it('opens an empty database at version 1 with all tables', async () => {
		const db = freshDb();
		await db.open();
		expect(db.verno).toBe(1);
		expect(db.tables.map((t) => t.name).sort()).toEqual([
			'cards',
			'documents',
			'quizResults',
			'reviewLog',
			'settings'
		]);
		db.close();
	});

	it('opens a version-1 database written earlier and keeps its rows', async () => {
		const name = `annals-v1-${Math.random().toString(36).slice(2)}`;
		// Write through a bare Dexie declaring exactly the v1 stores, as an older build would have.
		const old = new Dexie(name);
		old.version(1).stores({
			documents: 'id, name, origin, addedAt',
			cards: 'id, deckId, kind, state, factKey, buriedUntil, [queue+due], [deckId+kind+queue+due]',
			reviewLog: '++id, cardId, reviewedAt, deckId',
			settings: 'key',
			quizResults: '++id, takenAt'
		});
		await old.table('settings').put({ key: 'study', value: { newPerDay: 7 } });
		await old.table('reviewLog').add({ cardId: 'x', reviewedAt: 1 });
		old.close();

		const db = new AnnalsDb(name);
		expect(await db.settings.get('study')).toEqual({ key: 'study', value: { newPerDay: 7 } });
		expect(await db.reviewLog.where('cardId').equals('x').count()).toBe(1);
		db.close();
	});
});
