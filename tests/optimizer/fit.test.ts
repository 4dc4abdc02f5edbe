import { beforeAll, describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { evaluateParameters } from '../../src/lib/optimizer/evaluate';
import { fitParameters, NotEnoughReviewsError, type OptimizerEngine } from '../../src/lib/optimizer/fit';
import { toAnkiRevlog } from '../../src/lib/optimizer/revlog';
import { simulateLearner, FORGETFUL_LEARNER } from '../../src/lib/stats/simulate';
import { loadFsrsBrowser } from './load-fsrs-browser';

const MINUTE_OFFSET = -240;
let engine: () => OptimizerEngine & { free(): void };

beforeAll(async () => {
	engine = await loadFsrsBrowser();
});

describe('converting the review log for fsrs-browser', () => {
	it('groups by card in time order and maps states to Anki revlog types', () => {
		const log = [
			{ cardId: 'b', rating: 3 as const, reviewedAt: 5000, before: { state: 2 as const } },
			{ cardId: 'a', rating: 1 as const, reviewedAt: 9000, before: { state: 3 as const } },
			{ cardId: 'a', rating: 3 as const, reviewedAt: 1000, before: { state: 0 as const } }
		];
		const revlog = toAnkiRevlog(log);
		expect([...revlog.cids]).toEqual([1n, 1n, 2n]);
		expect([...revlog.ids]).toEqual([1000n, 9000n, 5000n]);
		expect([...revlog.eases]).toEqual([3, 1, 3]);
		expect([...revlog.types]).toEqual([0, 2, 1]);
	});
});

describe('the FSRS optimiser on a simulated learner', () => {
	it('refuses a log too small to learn from', () => {
		const small = simulateLearner({ seed: 3, start: Date.UTC(2026, 0, 1), days: 5, cards: 20, newPerDay: 5 });
		expect(() => fitParameters(engine(), small.log, default_w, MINUTE_OFFSET)).toThrow(NotEnoughReviewsError);
	});

	it('fitted parameters predict held-out reviews better than the defaults', () => {
		const sim = simulateLearner({
			seed: 11,
			start: new Date(2026, 0, 1, 12).getTime(),
			days: 120,
			cards: 700,
			newPerDay: 10,
			learnerWeights: FORGETFUL_LEARNER
		});
		// Hold out every fifth card: the fit never sees their reviews.
		const heldOut = new Set(sim.cards.filter((_, i) => i % 5 === 0).map((c) => c.id));
		const train = sim.log.filter((r) => !heldOut.has(r.cardId));
		const test = sim.log.filter((r) => heldOut.has(r.cardId));
		const fit = fitParameters(engine(), train, default_w, MINUTE_OFFSET);
		expect(fit.parameters).toHaveLength(21);
		expect(fit.after!.logLoss).toBeLessThan(fit.before!.logLoss);

		const defaults = evaluateParameters(test, default_w, MINUTE_OFFSET)!;
		const fitted = evaluateParameters(test, fit.parameters, MINUTE_OFFSET)!;
		expect(defaults.predictions).toBeGreaterThan(500);
		expect(fitted.logLoss).toBeLessThan(defaults.logLoss);
		expect(fitted.rmse).toBeLessThan(defaults.rmse);
		// This learner's first memories are a third as stable as FSRS assumes; the fit should see that.
		expect(fit.parameters[2]).toBeLessThan(default_w[2]);
	}, 120_000);
});
