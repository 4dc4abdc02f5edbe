/**
 * Backup and restore of everything the student has: documents, cards, review log, settings and quiz
 * results, in one versioned, gzipped JSON file. A restore reads and checks the whole file first
 * (every row), and only then swaps it in with ONE transaction, so a corrupt, truncated, foreign or
 * newer file — or a full disk during the swap — leaves the current data exactly as it was.
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { isQuotaError } from './library-repo';
import type { CardRow, DocumentRow, MemoryState, QuizResultRow, ReviewLogRow, SettingRow } from './rows';
import type { AnnalsDb } from './schema';

export const BACKUP_FORMAT = 'annals-backup';
export const BACKUP_VERSION = 1;
export const LAST_BACKUP_KEY = 'lastBackupAt';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface BackupTables {
	documents: DocumentRow[];
	cards: CardRow[];
	reviewLog: ReviewLogRow[];
	settings: SettingRow[];
	quizResults: QuizResultRow[];
}

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: number;
	/** Epoch ms. */
	exportedAt: number;
	tables: BackupTables;
}

export type BackupCounts = { [K in keyof BackupTables]: number };

export type BackupErrorCode = 'empty' | 'not-backup' | 'damaged' | 'newer-version' | 'invalid-data' | 'quota';

export class BackupError extends Error {
	readonly code: BackupErrorCode;
	constructor(code: BackupErrorCode, message: string) {
		super(message);
		this.name = 'BackupError';
		this.code = code;
	}
}

const UNTOUCHED = 'Your current data has not been changed.';

export function countsOf(tables: BackupTables): BackupCounts {
	return {
		documents: tables.documents.length,
		cards: tables.cards.length,
		reviewLog: tables.reviewLog.length,
		settings: tables.settings.length,
		quizResults: tables.quizResults.length
	};
}

const allTables = (db: AnnalsDb) => [db.documents, db.cards, db.reviewLog, db.settings, db.quizResults];

/**
 * The whole store as a backup file's bytes. The "last backup" time is written in the same transaction
 * as the snapshot is read, so the file restores to exactly the state the app was in after exporting.
 */
export async function createBackup(
	db: AnnalsDb,
	now: number
): Promise<{ bytes: Uint8Array; fileName: string; counts: BackupCounts }> {
	const tables = await db.transaction('rw', allTables(db), async () => {
		await db.settings.put({ key: LAST_BACKUP_KEY, value: now });
		return {
			documents: await db.documents.toArray(),
			cards: await db.cards.toArray(),
			reviewLog: await db.reviewLog.toArray(),
			settings: await db.settings.toArray(),
			quizResults: await db.quizResults.toArray()
		};
	});
	const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, tables };
	const bytes = gzipSync(strToU8(JSON.stringify(file)), { level: 6, mtime: now });
	const day = new Date(now).toISOString().slice(0, 10);
	return { bytes, fileName: `annals-backup-${day}.json.gz`, counts: countsOf(tables) };
}

/** Reads and checks a backup file completely; throws a BackupError with the user's message. */
export function parseBackup(bytes: Uint8Array): BackupFile {
	if (bytes.byteLength === 0) throw new BackupError('empty', `This file is empty. ${UNTOUCHED}`);
	let json: string;
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
		try {
			json = strFromU8(gunzipSync(bytes));
		} catch {
			throw new BackupError(
				'damaged',
				`This backup is damaged or incomplete (it may have been cut off while copying). ${UNTOUCHED}`
			);
		}
	} else {
		json = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
		if (!/^\s*\{/.test(json))
			throw new BackupError('not-backup', `This is not an Annals backup file. ${UNTOUCHED}`);
	}
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		throw new BackupError(
			'damaged',
			`This backup is damaged or incomplete (it may have been cut off while copying). ${UNTOUCHED}`
		);
	}
	if (!isObject(data) || data.format !== BACKUP_FORMAT)
		throw new BackupError('not-backup', `This is not an Annals backup file. ${UNTOUCHED}`);
	if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
		throw new BackupError('damaged', `This backup has no valid version number. ${UNTOUCHED}`);
	if (data.version > BACKUP_VERSION)
		throw new BackupError(
			'newer-version',
			`This backup was made by a newer version of Annals (backup format ${data.version}); update the app, then restore it. ${UNTOUCHED}`
		);
	const problem = validateTables(data.tables);
	if (problem)
		throw new BackupError('invalid-data', `This backup contains invalid data (${problem}). ${UNTOUCHED}`);
	if (!isNum(data.exportedAt))
		throw new BackupError('invalid-data', `This backup has no export date. ${UNTOUCHED}`);
	return data as unknown as BackupFile;
}

/**
 * Replaces everything with the backup's contents in ONE transaction: if anything fails (a full disk),
 * IndexedDB rolls the whole swap back and the current data stays.
 */
export async function restoreBackup(db: AnnalsDb, backup: BackupFile): Promise<BackupCounts> {
	const { tables } = backup;
	try {
		await db.transaction('rw', allTables(db), async () => {
			await Promise.all(allTables(db).map((t) => t.clear()));
			await db.documents.bulkAdd(tables.documents);
			await db.cards.bulkAdd(tables.cards);
			await db.reviewLog.bulkAdd(tables.reviewLog);
			await db.settings.bulkAdd(tables.settings);
			await db.quizResults.bulkAdd(tables.quizResults);
		});
	} catch (error) {
		if (isQuotaError(error))
			throw new BackupError(
				'quota',
				`Your device is out of storage space, so the backup could not be restored. ${UNTOUCHED}`
			);
		throw error;
	}
	return countsOf(tables);
}

export interface BackupReminder {
	/** True when reviews have been recorded for a week or more since the last backup. */
	due: boolean;
	lastBackupAt?: number;
	reviewsSinceBackup: number;
}

export async function backupReminder(db: AnnalsDb, now: number): Promise<BackupReminder> {
	const value = (await db.settings.get(LAST_BACKUP_KEY))?.value;
	const lastBackupAt = typeof value === 'number' ? value : undefined;
	const since = db.reviewLog.where('reviewedAt').above(lastBackupAt ?? -Infinity);
	const first = await since.first();
	const reviewsSinceBackup = first ? await since.count() : 0;
	const due = !!first && now - first.reviewedAt >= WEEK_MS;
	return lastBackupAt === undefined ? { due, reviewsSinceBackup } : { due, lastBackupAt, reviewsSinceBackup };
}

// ——— Validation: every row, before anything is written ———

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || check(v);
const oneOf =
	<T>(...values: T[]) =>
	(v: unknown) =>
		values.includes(v as T);
const isKind = oneOf('date', 'office', 'thesis');
const isState = oneOf(0, 1, 2, 3);
const isFlag = oneOf(0, 1);

function isMemory(v: unknown): v is MemoryState {
	return (
		isObject(v) &&
		isNum(v.due) &&
		isNum(v.stability) &&
		isNum(v.difficulty) &&
		isNum(v.elapsedDays) &&
		isNum(v.scheduledDays) &&
		isNum(v.learningSteps) &&
		isInt(v.reps) &&
		isInt(v.lapses) &&
		isState(v.state) &&
		optional(v.lastReview, isNum)
	);
}

function isSource(v: unknown): boolean {
	return isObject(v) && isStr(v.document) && isStr(v.quote) && isInt(v.start) && isInt(v.end);
}

function isDocument(v: unknown): boolean {
	return (
		isObject(v) &&
		isStr(v.id) &&
		isStr(v.name) &&
		isStr(v.title) &&
		isStr(v.text) &&
		oneOf('bundled', 'user')(v.origin) &&
		isNum(v.addedAt) &&
		isNum(v.generatorVersion) &&
		optional(v.deletedAt, isNum)
	);
}

function isCard(v: unknown): boolean {
	return (
		isObject(v) &&
		isStr(v.id) &&
		isStr(v.deckId) &&
		isKind(v.kind) &&
		oneOf('basic', 'reverse', 'cloze')(v.form) &&
		isStr(v.front) &&
		isStr(v.back) &&
		isSource(v.source) &&
		Array.isArray(v.sources) &&
		v.sources.every(isSource) &&
		Array.isArray(v.conflicts) &&
		v.conflicts.every((c) => isObject(c) && isStr(c.back) && isSource(c.source)) &&
		Array.isArray(v.people) &&
		v.people.every(isStr) &&
		isNum(v.importance) &&
		isStr(v.factKey) &&
		isMemory(v.memory) &&
		isNum(v.due) &&
		isState(v.state) &&
		oneOf(-1, 0, 1, 2, 3)(v.queue) &&
		isFlag(v.suspended) &&
		isNum(v.buriedUntil) &&
		isFlag(v.archived) &&
		isNum(v.addedAt) &&
		optional(v.userFront, isStr) &&
		optional(v.userBack, isStr)
	);
}

function isReview(v: unknown): boolean {
	return (
		isObject(v) &&
		isInt(v.id) &&
		isStr(v.cardId) &&
		isStr(v.deckId) &&
		isKind(v.kind) &&
		oneOf(1, 2, 3, 4)(v.rating) &&
		isNum(v.reviewedAt) &&
		isNum(v.durationMs) &&
		isMemory(v.before) &&
		isMemory(v.after)
	);
}

function isSetting(v: unknown): boolean {
	return isObject(v) && isStr(v.key) && 'value' in v;
}

function isQuizResult(v: unknown): boolean {
	return (
		isObject(v) &&
		isInt(v.id) &&
		isNum(v.takenAt) &&
		Array.isArray(v.deckIds) &&
		Array.isArray(v.kinds) &&
		isInt(v.total) &&
		isInt(v.correct) &&
		isNum(v.durationMs) &&
		Array.isArray(v.answers) &&
		v.answers.every(
			(a) => isObject(a) && isStr(a.cardId) && isStr(a.prompt) && typeof a.correct === 'boolean'
		)
	);
}

const CHECKS: { [K in keyof BackupTables]: { row: (v: unknown) => boolean; key: string; what: string } } = {
	documents: { row: isDocument, key: 'id', what: 'document' },
	cards: { row: isCard, key: 'id', what: 'card' },
	reviewLog: { row: isReview, key: 'id', what: 'review' },
	settings: { row: isSetting, key: 'key', what: 'setting' },
	quizResults: { row: isQuizResult, key: 'id', what: 'quiz result' }
};

/** The first problem found, in words, or undefined when every row is sound. */
export function validateTables(tables: unknown): string | undefined {
	if (!isObject(tables)) return 'no tables';
	for (const [name, check] of Object.entries(CHECKS)) {
		const rows = tables[name];
		if (!Array.isArray(rows)) return `the ${check.what}s are missing`;
		const keys = new Set<unknown>();
		for (let i = 0; i < rows.length; i++) {
			if (!check.row(rows[i])) return `${check.what} ${i + 1} is malformed`;
			const key = (rows[i] as Obj)[check.key];
			if (keys.has(key)) return `two ${check.what}s share the id ${String(key)}`;
			keys.add(key);
		}
	}
	const documentIds = new Set((tables.documents as DocumentRow[]).map((d) => d.id));
	const orphan = (tables.cards as CardRow[]).find((c) => !documentIds.has(c.deckId));
	if (orphan) return `card ${orphan.id} belongs to no document`;
	return undefined;
}
