import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { planExam, simulateWorkload } from '../../src/lib/stats/exam';
import { simulateLearner } from '../../src/lib/stats/simulate';

const START = new Date(2026, 0, 5, 12).getTime();
const sim = simulateLearner({ seed: 5, start: START, days: 60, cards: 400, newPerDay: 5 });
const NOW = new Date(2026, 2, 6, 12).getTime();
const DAY = 86_400_000;

describe('exam planning', () => {
	it('counts studied and new cards, the load, and cards due after the exam', () => {
		const exam = NOW + 14 * DAY;
		const plan = planExam(sim.cards, exam, NOW, default_w, 0.9);
		expect(plan.daysLeft).toBe(14);
		expect(plan.studied).toBe(sim.cards.filter((c) => c.state !== 0).length);
		expect(plan.newCards).toBe(sim.cards.filter((c) => c.state === 0).length);
		expect(plan.dueAfterExam).toBe(sim.cards.filter((c) => c.state !== 0 && c.memory.due > exam).length);
		const dueBefore = sim.cards.filter((c) => c.state !== 0 && c.memory.due <= exam).length;
		expect(plan.reviewsBeforeExam).toBeGreaterThanOrEqual(dueBefore);
		expect(plan.dailyLoad).toBe(Math.ceil((plan.reviewsBeforeExam + plan.newCards) / 14));
		// Keeping up with reviews keeps more than stopping today.
		expect(plan.expectedRetention!).toBeGreaterThan(plan.retentionIfIdle!);
		expect(plan.expectedRetention!).toBeLessThanOrEqual(1);
	});

	it('an empty deck has no retention to expect, and no NaN', () => {
		const plan = planExam([], NOW + DAY, NOW, default_w, 0.9);
		expect(plan.expectedRetention).toBeNull();
		expect(plan.dailyLoad).toBe(0);
	});
});

describe('workload simulator', () => {
	it('asks for more reviews a day at higher desired retention', () => {
		const points = simulateWorkload(sim.cards, {
			weights: default_w,
			now: NOW,
			days: 30,
			newPerDay: 10,
			seed: 1
		});
		expect(points.map((p) => p.desiredRetention)).toEqual([0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97]);
		expect(points[6].reviewsPerDay).toBeGreaterThan(points[0].reviewsPerDay * 1.5);
		expect(points[6].retentionAtEnd!).toBeGreaterThan(points[0].retentionAtEnd!);
		for (const p of points) expect(Number.isFinite(p.reviewsPerDay)).toBe(true);
	});

	it('with no cards the workload is only the new cards and nothing is NaN', () => {
		const points = simulateWorkload([], { weights: default_w, now: NOW, days: 30, newPerDay: 0, seed: 1 });
		expect(points.every((p) => p.reviewsPerDay === 0 && p.retentionAtEnd === null)).toBe(true);
	});

	it('a card whose stored memory is out of FSRS range (difficulty 0) is clamped, not an error', () => {
		const card = { ...sim.cards.find((c) => c.state === 2)! };
		card.memory = { ...card.memory, difficulty: 0 };
		const [point] = simulateWorkload([card], {
			weights: default_w,
			now: NOW,
			days: 30,
			newPerDay: 0,
			seed: 1,
			retentions: [0.9]
		});
		expect(point.reviewsPerDay).toBeGreaterThan(0);
		expect(planExam([card], NOW + 40 * DAY, NOW, default_w, 0.9).expectedRetention).not.toBeNull();
	});
});
