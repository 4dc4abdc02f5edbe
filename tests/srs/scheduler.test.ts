import { describe, expect, it } from 'vitest';
import { answerCard, formatInterval, previewIntervals } from '../../src/lib/srs/scheduler';
import { fromFsrsCard, newMemoryState, toFsrsCard } from '../../src/lib/srs/fsrs-card';
import { normaliseStudySettings } from '../../src/lib/srs/settings';

const NOW = new Date(2026, 0, 10, 12).getTime();
const DAY = 86_400_000;

describe('FSRS card conversion', () => {
	it('round-trips a studied card through ts-fsrs without loss', () => {
		const memory = answerCard(newMemoryState(NOW), 3, NOW, { desiredRetention: 0.9 });
		expect(fromFsrsCard(toFsrsCard(memory))).toEqual(memory);
		expect(memory.lastReview).toBe(NOW);
	});
});

describe('scheduler', () => {
	it('keeps a new card answered Again or Good in learning for minutes, Easy goes to review for days', () => {
		const opts = { desiredRetention: 0.9, enableFuzz: false };
		const again = answerCard(newMemoryState(NOW), 1, NOW, opts);
		expect(again.state).toBe(1);
		expect(again.due - NOW).toBeLessThan(15 * 60_000);
		const easy = answerCard(newMemoryState(NOW), 4, NOW, opts);
		expect(easy.state).toBe(2);
		expect(easy.due - NOW).toBeGreaterThanOrEqual(DAY);
	});

	it('labels the four buttons with increasing intervals', () => {
		const reviewed = answerCard(newMemoryState(NOW), 4, NOW, { desiredRetention: 0.9 });
		const later = reviewed.due;
		const preview = previewIntervals(reviewed, later, { desiredRetention: 0.9 });
		expect(preview.map((p) => p.name)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
		const dues = preview.map((p) => p.due);
		expect([...dues].sort((a, b) => a - b)).toEqual(dues);
		expect(preview[0].label).toMatch(/^\d+m$/);
		expect(preview[3].label).toMatch(/d|mo|y$/);
	});

	it('gives longer intervals at lower desired retention', () => {
		let low = answerCard(newMemoryState(NOW), 4, NOW, { desiredRetention: 0.7, enableFuzz: false });
		let high = answerCard(newMemoryState(NOW), 4, NOW, { desiredRetention: 0.97, enableFuzz: false });
		low = answerCard(low, 3, low.due, { desiredRetention: 0.7, enableFuzz: false });
		high = answerCard(high, 3, high.due, { desiredRetention: 0.97, enableFuzz: false });
		expect(low.scheduledDays).toBeGreaterThan(high.scheduledDays);
	});

	it('is reproducible for the same card and time even with fuzz on', () => {
		const first = answerCard(newMemoryState(NOW), 4, NOW, { desiredRetention: 0.9 });
		const a = answerCard(first, 3, first.due + 5 * DAY, { desiredRetention: 0.9 });
		const b = answerCard(first, 3, first.due + 5 * DAY, { desiredRetention: 0.9 });
		expect(a).toEqual(b);
	});
});

describe('formatInterval', () => {
	it('uses Anki-style compact units', () => {
		expect(formatInterval(30_000)).toBe('<1m');
		expect(formatInterval(10 * 60_000)).toBe('10m');
		expect(formatInterval(3 * 3_600_000)).toBe('3h');
		expect(formatInterval(4 * DAY)).toBe('4d');
		expect(formatInterval(60 * DAY)).toBe('2mo');
		expect(formatInterval(548 * DAY)).toBe('1.5y');
	});
});

describe('study settings', () => {
	it('clamps desired retention to 0.70–0.97 and falls back on garbage', () => {
		expect(normaliseStudySettings({ desiredRetention: 0.5 }).desiredRetention).toBe(0.7);
		expect(normaliseStudySettings({ desiredRetention: 0.99 }).desiredRetention).toBe(0.97);
		expect(normaliseStudySettings({ desiredRetention: 'x', newPerDay: -3, reviewsPerDay: '50' })).toEqual({
			desiredRetention: 0.9,
			newPerDay: 0,
			reviewsPerDay: 50
		});
	});
});
