/**
 * Statistics and optimiser timings in Node: computeStats over 100k review-log rows of a simulated
 * learner (median of 5 runs), and fsrs-browser's fit on 10k reviews (one run: it is deterministic).
 * The browser figure (longest main-thread task on the stats page with 100k rows) is printed by
 * tests/e2e/stats.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { default_w } from 'ts-fsrs';
import { computeStats } from '../../src/lib/stats/compute';
import { simulateLearner } from '../../src/lib/stats/simulate';
import { planExam, simulateWorkload } from '../../src/lib/stats/exam';
import { fitParameters, type OptimizerEngine } from '../../src/lib/optimizer/fit';
import type { ReviewLogRow } from '../../src/lib/db/rows';

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

const start = new Date(2025, 10, 1, 12).getTime();
const year = simulateLearner({ seed: 1, start, days: 365, cards: 5000, newPerDay: 14 });
const log: ReviewLogRow[] = year.log.slice(0, 100_000);
if (log.length < 100_000) throw new Error(`simulation gave only ${log.length} reviews`);
const now = log[log.length - 1].reviewedAt + 3_600_000;

const runs: number[] = [];
for (let i = 0; i < 5; i++) {
	const t0 = performance.now();
	computeStats(log, year.cards, { now, rolloverHour: 4 });
	runs.push(performance.now() - t0);
}
console.log(
	`stats: computeStats, ${log.length} log rows, ${year.cards.length} cards: ${median(runs).toFixed(1)} ms (median of 5)`
);

let t0 = performance.now();
planExam(year.cards, now + 30 * 86_400_000, now, default_w, 0.9);
console.log(`stats: exam plan for ${year.cards.length} cards: ${(performance.now() - t0).toFixed(1)} ms`);
t0 = performance.now();
simulateWorkload(year.cards, { weights: default_w, now, days: 30, newPerDay: 20, seed: 1 });
console.log(`stats: workload simulator, 7 retentions × 30 days: ${(performance.now() - t0).toFixed(1)} ms`);

const scope = globalThis as { self?: unknown };
scope.self ??= new EventTarget();
const fsrs = await import('fsrs-browser');
fsrs.initSync({
	module: readFileSync(createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm'))
});
const tenK = simulateLearner({ seed: 2, start, days: 130, cards: 800, newPerDay: 10 }).log.slice(0, 10_000);
const engine = new fsrs.Fsrs() as unknown as OptimizerEngine & { free(): void };
const quiet = console.log;
console.log = () => {}; // fsrs-rs prints every epoch's loss
t0 = performance.now();
const fit = fitParameters(engine, tenK, default_w, -240);
const elapsed = performance.now() - t0;
console.log = quiet;
engine.free();
console.log(
	`optimiser: fsrs-browser fit on ${tenK.length} reviews (single thread, Node): ${(elapsed / 1000).toFixed(1)} s; ` +
		`log loss ${fit.before?.logLoss.toFixed(4)} → ${fit.after?.logLoss.toFixed(4)}, RMSE ${fit.before?.rmse.toFixed(4)} → ${fit.after?.rmse.toFixed(4)}`
);
