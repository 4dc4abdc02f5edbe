/** The student's settings, stored one key per row in `settings`. */
import { DEFAULT_STUDY_SETTINGS, normaliseStudySettings, type StudySettings } from '../srs/settings';
import { newMemoryState } from '../srs/fsrs-card';
import type { AnnalsDb } from './schema';
import { withMemory } from './card-rows';

const STUDY_KEY = 'study';

export async function getStudySettings(db: AnnalsDb): Promise<StudySettings> {
	const row = await db.settings.get(STUDY_KEY);
	if (!row || typeof row.value !== 'object' || row.value === null) return { ...DEFAULT_STUDY_SETTINGS };
	return normaliseStudySettings(row.value as Partial<StudySettings>);
}

/** Saves the changed settings (clamped to their allowed ranges) and returns what was stored. */
export async function saveStudySettings(
	db: AnnalsDb,
	changes: Partial<StudySettings>
): Promise<StudySettings> {
	return db.transaction('rw', db.settings, async () => {
		const current = await getStudySettings(db);
		const next = normaliseStudySettings({ ...current, ...changes });
		await db.settings.put({ key: STUDY_KEY, value: next });
		return next;
	});
}

export async function getSetting<T>(db: AnnalsDb, key: string): Promise<T | undefined> {
	return (await db.settings.get(key))?.value as T | undefined;
}

export async function putSetting(db: AnnalsDb, key: string, value: unknown): Promise<void> {
	await db.settings.put({ key, value });
}

/**
 * Forget all learning: every card becomes new again (unsuspended, unburied) and the review history is
 * deleted, in one transaction so a crash cannot leave half the collection reset. Card texts, documents,
 * quiz results and settings stay. Returns how many cards were reset.
 */
export async function resetLearningProgress(db: AnnalsDb, now: number): Promise<number> {
	return db.transaction('rw', db.cards, db.reviewLog, async () => {
		const fresh = newMemoryState(now);
		let count = 0;
		await db.cards.toCollection().modify((row, ref) => {
			// Keep new-card order: new cards keep their position, reset ones follow by importance.
			const due = row.state === 0 ? row.memory.due : now + Math.round((1 - row.importance) * 1000);
			ref.value = withMemory({ ...row, suspended: 0, buriedUntil: 0 }, { ...fresh, due }, now);
			count++;
		});
		await db.reviewLog.clear();
		return count;
	});
}
