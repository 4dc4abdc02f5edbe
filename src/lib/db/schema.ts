import Dexie, { type EntityTable } from 'dexie';
import type { CardRow, DocumentRow, QuizResultRow, ReviewLogRow, SettingRow } from './rows';

/**
 * The one schema file. Every later change is a new `this.version(n).stores(...).upgrade(...)` below
 * the previous ones, never an edit of an old version; each step gets a migration test.
 */
export class AnnalsDb extends Dexie {
	documents!: EntityTable<DocumentRow, 'id'>;
	cards!: EntityTable<CardRow, 'id'>;
	reviewLog!: EntityTable<ReviewLogRow, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;
	quizResults!: EntityTable<QuizResultRow, 'id'>;

	constructor(name = 'annals') {
		super(name);
		this.version(1).stores({
			documents: 'id, name, origin, addedAt',
			// queue is derived (see card-rows.ts): -1 for archived, suspended or buried cards, else the FSRS
			// state. Leading every queue index with it lets one key range answer "what is due" at 100k cards.
			cards: 'id, deckId, kind, state, factKey, buriedUntil, [queue+due], [deckId+kind+queue+due]',
			reviewLog: '++id, cardId, reviewedAt, deckId',
			settings: 'key',
			quizResults: '++id, takenAt'
		});
	}
}

let shared: AnnalsDb | undefined;

/** The app's database. Tests open their own with `new AnnalsDb(uniqueName)` on fake-indexeddb. */
export function annalsDb(): AnnalsDb {
	shared ??= new AnnalsDb();
	return shared;
}
