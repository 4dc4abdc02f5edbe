import { describe, expect, it } from 'vitest';
import { freshDb } from '../fixtures/db';
import { HISTORY_FACTS, HISTORY_TEXT, makeDeck } from '../fixtures/decks';
import { importBundledDecks, importedBundledVersion, listDecks } from '../../src/lib/db/decks-repo';
import { recordReview } from '../../src/lib/db/review-repo';

const NOW = new Date(2026, 0, 10, 12).getTime();
const opts = { desiredRetention: 0.9 };

describe('importing the bundled decks', () => {
	it('stores documents, new cards and the version, reporting progress up to the total', async () => {
		const db = freshDb();
		const progress: number[] = [];
		const summary = await importBundledDecks(db, [{ deck: makeDeck('alpha'), text: HISTORY_TEXT }], {
			now: NOW,
			version: 'v1',
			onProgress: (p) => progress.push(p.done / p.total)
		});
		expect(summary).toMatchObject({ added: 5, updated: 0, archived: 0 });
		expect(progress.at(-1)).toBe(1);
		expect(await importedBundledVersion(db)).toBe('v1');
		expect(await listDecks(db)).toEqual([
			{ id: 'alpha', title: 'alpha', name: 'alpha.txt', origin: 'bundled' }
		]);
		const doc = await db.documents.get('alpha');
		const card = await db.cards.get('lenin-death');
		expect(doc?.text.slice(card!.source.start, card!.source.end)).toBe(card!.source.quote);
		expect(card).toMatchObject({ state: 0, queue: 0, archived: 0, suspended: 0, deckId: 'alpha' });
	});

	it('orders new cards by importance', async () => {
		const db = freshDb();
		await importBundledDecks(db, [{ deck: makeDeck('alpha') }], { now: NOW, version: 'v1' });
		const ids = (await db.cards.where('[queue+due]').between([0, -Infinity], [0, Infinity]).toArray()).map(
			(c) => c.id
		);
		expect(ids[0]).toBe('kalinin-chair');
		expect(ids.at(-1)).toBe('lenin-death');
	});

	it('on re-import updates texts in place, keeps learning and history, archives vanished cards', async () => {
		const db = freshDb();
		await importBundledDecks(db, [{ deck: makeDeck('alpha') }], { now: NOW, version: 'v1' });
		await recordReview(db, {
			cardId: 'kalinin-chair',
			rating: 3,
			now: NOW + 1000,
			durationMs: 4000,
			scheduler: opts
		});
		await recordReview(db, {
			cardId: 'lenin-death',
			rating: 4,
			now: NOW + 2000,
			durationMs: 4000,
			scheduler: opts
		});
		const learned = await db.cards.get('kalinin-chair');

		const regenerated = makeDeck(
			'alpha',
			HISTORY_FACTS.filter((f) => f.id !== 'lenin-death').map((f) =>
				f.id === 'kalinin-chair' ? { ...f, back: 'Mikhail Kalinin' } : f
			)
		);
		const summary = await importBundledDecks(db, [{ deck: regenerated }], { now: NOW + 5000, version: 'v2' });
		expect(summary).toMatchObject({ added: 0, updated: 4, archived: 1 });

		const kalinin = await db.cards.get('kalinin-chair');
		expect(kalinin?.back).toBe('Mikhail Kalinin');
		expect(kalinin?.memory).toEqual(learned?.memory);
		expect(kalinin?.queue).toBe(learned?.queue);
		const lenin = await db.cards.get('lenin-death');
		expect(lenin).toMatchObject({ archived: 1, queue: -1, state: 2 });
		expect(await db.reviewLog.count()).toBe(2);

		// A later build ships the card again: it comes back with its schedule.
		await importBundledDecks(db, [{ deck: makeDeck('alpha') }], { now: NOW + 9000, version: 'v3' });
		expect(await db.cards.get('lenin-death')).toMatchObject({ archived: 0, queue: 2, state: 2 });
	});

	it('rolls the whole import back when a write fails', async () => {
		const db = freshDb();
		await importBundledDecks(db, [{ deck: makeDeck('alpha') }], { now: NOW, version: 'v1' });
		db.documents.hook('creating', (key) => {
			if (key === 'beta') throw new Error('disk full');
		});
		await expect(
			importBundledDecks(db, [{ deck: makeDeck('alpha') }, { deck: makeDeck('beta', []) }], {
				now: NOW,
				version: 'v2'
			})
		).rejects.toThrow();
		expect(await importedBundledVersion(db)).toBe('v1');
		expect(await db.documents.count()).toBe(1);
	});

	it('never writes a bundled card over the same card of a document the student added', async () => {
		const db = freshDb();
		await importBundledDecks(db, [{ deck: makeDeck('mine') }], { now: NOW, version: 'v1' });
		await db.documents.update('mine', { origin: 'user' });
		await recordReview(db, { cardId: 'lenin-death', rating: 4, now: NOW, durationMs: 1, scheduler: opts });
		const mine = await db.cards.get('lenin-death');
		const summary = await importBundledDecks(db, [{ deck: makeDeck('shipped') }], {
			now: NOW + 1,
			version: 'v2'
		});
		expect(summary.added).toBe(0);
		expect(await db.cards.get('lenin-death')).toEqual(mine);
	});
});
