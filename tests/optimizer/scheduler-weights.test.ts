import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { answerCard } from '../../src/lib/srs/scheduler';
import { newMemoryState } from '../../src/lib/srs/fsrs-card';

const NOW = new Date(2026, 2, 1, 12).getTime();
const DAY = 86_400_000;

describe('accepted parameters reach the scheduler', () => {
	it('a learner fitted with less stable first memories gets shorter intervals than the defaults give', () => {
		const fitted = default_w.map((w, i) => (i < 4 ? w / 3 : w));
		const run = (weights?: readonly number[]) => {
			let memory = answerCard(newMemoryState(NOW), 3, NOW, {
				desiredRetention: 0.9,
				enableFuzz: false,
				weights
			});
			memory = answerCard(memory, 3, memory.due, { desiredRetention: 0.9, enableFuzz: false, weights });
			return memory;
		};
		const withDefaults = run();
		const withFitted = run(fitted);
		expect(withFitted.stability).toBeLessThan(withDefaults.stability);
		expect(withFitted.scheduledDays).toBeLessThan(withDefaults.scheduledDays);
		// Without weights the scheduler is exactly the default one.
		expect(run(default_w).due).toBe(withDefaults.due);
		expect(withDefaults.due).toBeGreaterThan(NOW + DAY);
	});
});
