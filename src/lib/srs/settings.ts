/** The student's study settings, with Anki-like defaults and the ranges the settings screen allows. */
export interface StudySettings {
	/** New cards introduced per study day (all decks together). */
	newPerDay: number;
	/** Review cards shown per study day (all decks together); learning steps are never limited. */
	reviewsPerDay: number;
	/** Target probability of recall when a card comes due; FSRS sets intervals from it. */
	desiredRetention: number;
}

export const DEFAULT_STUDY_SETTINGS: StudySettings = {
	newPerDay: 20,
	reviewsPerDay: 200,
	desiredRetention: 0.9
};

export const STUDY_SETTING_LIMITS = {
	newPerDay: { min: 0, max: 9999 },
	reviewsPerDay: { min: 0, max: 99999 },
	// Below 0.70 reviews become too rare to learn from; above 0.97 the workload explodes.
	desiredRetention: { min: 0.7, max: 0.97 }
} as const;

function clampNumber(value: unknown, min: number, max: number, fallback: number, integer: boolean): number {
	const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
	if (!Number.isFinite(n)) return fallback;
	const bounded = Math.min(max, Math.max(min, n));
	return integer ? Math.round(bounded) : Math.round(bounded * 100) / 100;
}

/** Any stored or typed-in value made valid: out-of-range numbers are clamped, garbage falls back to the default. */
export function normaliseStudySettings(input: Partial<Record<keyof StudySettings, unknown>>): StudySettings {
	const d = DEFAULT_STUDY_SETTINGS;
	const l = STUDY_SETTING_LIMITS;
	return {
		newPerDay: clampNumber(input.newPerDay, l.newPerDay.min, l.newPerDay.max, d.newPerDay, true),
		reviewsPerDay: clampNumber(
			input.reviewsPerDay,
			l.reviewsPerDay.min,
			l.reviewsPerDay.max,
			d.reviewsPerDay,
			true
		),
		desiredRetention: clampNumber(
			input.desiredRetention,
			l.desiredRetention.min,
			l.desiredRetention.max,
			d.desiredRetention,
			false
		)
	};
}
