import 'fake-indexeddb/auto';
import { gzipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
	BackupError,
	backupReminder,
	createBackup,
	LAST_BACKUP_KEY,
	parseBackup,
	restoreBackup
} from '../../src/lib/db/backup';
import { addImportedDocument, applyToCards } from '../../src/lib/db/library-repo';
import type { MemoryState } from '../../src/lib/db/rows';
import { AnnalsDb } from '../../src/lib/db/schema';
import { card } from './library-cards';

const NOW = Date.UTC(2026, 0, 10, 12);
const DAY = 86_400_000;
const dbs: AnnalsDb[] = [];
let n = 0;
function open(): AnnalsDb {
	const db = new AnnalsDb(`backup-${n++}`);
	dbs.push(db);
	return db;
}
afterEach(async () => {
	for (const db of dbs.splice(0)) {
		db.close();
		await db.delete();
	}
});

const memory = (reps: number): MemoryState => ({
	due: NOW + DAY,
	stability: 3.2,
	difficulty: 5.1,
	elapsedDays: 1,
	scheduledDays: 3,
	learningSteps: 0,
	reps,
	lapses: 0,
	state: 2,
	lastReview: NOW
});

/** A store with something in every table. */
async function filled(db: AnnalsDb): Promise<void> {
	await addImportedDocument(
		db,
		{
			id: 'notes',
			name: 'notes.txt',
			title: 'Notes',
			text: 'Passage of a. Passage of b.',
			generatorVersion: 1
		},
		[card('a', 'notes.txt'), card('b', 'notes.txt', { kind: 'office' })],
		NOW
	);
	await applyToCards(db, ['b'], 'suspend', NOW);
	await db.reviewLog.add({
		cardId: 'a',
		deckId: 'notes',
		kind: 'date',
		rating: 3,
		reviewedAt: NOW - 8 * DAY,
		durationMs: 4200,
		before: memory(0),
		after: memory(1)
	});
	await db.settings.put({ key: 'study', value: { newPerDay: 15 } });
	await db.quizResults.add({
		takenAt: NOW,
		deckIds: ['notes'],
		kinds: ['date'],
		total: 1,
		correct: 1,
		durationMs: 9000,
		answers: [
			{
				cardId: 'a',
				deckId: 'notes',
				kind: 'date',
				questionType: 'date',
				prompt: 'When?',
				correctAnswer: '1924',
				given: '1924',
				correct: true,
				overruled: false
			}
		]
	});
}

async function dump(db: AnnalsDb) {
	return {
		documents: await db.documents.toArray(),
		cards: await db.cards.toArray(),
		reviewLog: await db.reviewLog.toArray(),
		settings: await db.settings.toArray(),
		quizResults: await db.quizResults.toArray()
	};
}

async function refused(bytes: Uint8Array): Promise<BackupError> {
	try {
		parseBackup(bytes);
	} catch (e) {
		expect(e).toBeInstanceOf(BackupError);
		expect((e as BackupError).message).toMatch(/current data has not been changed/);
		return e as BackupError;
	}
	throw new Error('the file was accepted');
}

describe('backup and restore', () => {
	it('restores into an empty store exactly what was exported, every table', async () => {
		const source = open();
		await filled(source);
		const { bytes, fileName, counts } = await createBackup(source, NOW);
		expect(fileName).toBe('annals-backup-2026-01-10.json.gz');
		expect(counts).toEqual({ documents: 1, cards: 2, reviewLog: 1, settings: 2, quizResults: 1 });
		const target = open();
		await restoreBackup(target, parseBackup(bytes));
		expect(await dump(target)).toEqual(await dump(source));
		expect((await target.settings.get(LAST_BACKUP_KEY))?.value).toBe(NOW);
	});

	it('replaces what was there instead of merging', async () => {
		const source = open();
		await filled(source);
		const { bytes } = await createBackup(source, NOW);
		const target = open();
		await addImportedDocument(
			target,
			{ id: 'other', name: 'o.txt', title: 'O', text: 'x', generatorVersion: 1 },
			[card('z', 'o.txt')],
			NOW
		);
		await restoreBackup(target, parseBackup(bytes));
		expect(await target.documents.get('other')).toBeUndefined();
		expect(await target.cards.get('z')).toBeUndefined();
	});

	it('refuses damaged, truncated, foreign, newer and invalid files with a clear message', async () => {
		const source = open();
		await filled(source);
		const { bytes } = await createBackup(source, NOW);
		expect((await refused(new Uint8Array())).code).toBe('empty');
		expect((await refused(bytes.slice(0, bytes.length - 40))).code).toBe('damaged');
		expect((await refused(strToU8('{"format":"annals-backup","version":1,"tables":{'))).code).toBe('damaged');
		expect((await refused(strToU8('name,front,back\nx,y,z'))).code).toBe('not-backup');
		expect((await refused(strToU8('{"format":"something-else"}'))).code).toBe('not-backup');
		const file = parseBackup(bytes);
		expect((await refused(gzipSync(strToU8(JSON.stringify({ ...file, version: 99 }))))).message).toMatch(
			/newer version/
		);
		const badCard = structuredClone(file);
		(badCard.tables.cards[1] as unknown as Record<string, unknown>).memory = { due: 'tomorrow' };
		expect((await refused(strToU8(JSON.stringify(badCard)))).message).toMatch(/card 2 is malformed/);
		const orphan = structuredClone(file);
		orphan.tables.documents = [];
		expect((await refused(strToU8(JSON.stringify(orphan)))).message).toMatch(/belongs to no document/);
		const twice = structuredClone(file);
		twice.tables.reviewLog.push(twice.tables.reviewLog[0]);
		expect((await refused(strToU8(JSON.stringify(twice)))).message).toMatch(/share the id/);
	});

	it('leaves the current data untouched when the swap fails half-way', async () => {
		const source = open();
		await filled(source);
		const backup = parseBackup((await createBackup(source, NOW)).bytes);
		const target = open();
		await addImportedDocument(
			target,
			{ id: 'mine', name: 'm.txt', title: 'M', text: 'x', generatorVersion: 1 },
			[card('m', 'm.txt')],
			NOW
		);
		const before = await dump(target);
		target.reviewLog.bulkAdd = (async () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}) as unknown as typeof target.reviewLog.bulkAdd;
		const error = await restoreBackup(target, backup).catch((e: unknown) => e);
		expect((error as BackupError).code).toBe('quota');
		expect(await dump(target)).toEqual(before);
	});
});

describe('backup reminder', () => {
	it('is due after a week of reviews with no backup, and not right after a backup', async () => {
		const db = open();
		expect((await backupReminder(db, NOW)).due).toBe(false);
		await filled(db); // one review, 8 days ago
		expect(await backupReminder(db, NOW)).toEqual({ due: true, reviewsSinceBackup: 1 });
		await createBackup(db, NOW);
		expect((await backupReminder(db, NOW + DAY)).due).toBe(false);
		await db.reviewLog.add({ ...(await db.reviewLog.toArray())[0], id: undefined, reviewedAt: NOW + DAY });
		expect((await backupReminder(db, NOW + 3 * DAY)).due).toBe(false);
		expect(await backupReminder(db, NOW + 8 * DAY)).toEqual({
			due: true,
			lastBackupAt: NOW,
			reviewsSinceBackup: 1
		});
	});
});
