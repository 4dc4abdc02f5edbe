/**
 * The optimiser's worker: reads the review log itself (so 100k rows never cross the main thread),
 * fits FSRS parameters with fsrs-browser's WebAssembly build of fsrs-rs, and reports the fit of the
 * parameters in use and of the new ones. Nothing is saved here: the student decides.
 */
import init, { Fsrs } from 'fsrs-browser';
import { default_w } from 'ts-fsrs';
import { annalsDb } from '../db/schema';
import { getFsrsWeights, readReviewLog } from '../db/stats-repo';
import { fitParameters, NotEnoughReviewsError, type OptimizerEngine } from './fit';
import type { OptimizeRequest, OptimizeResponse } from './optimizer-messages';

let ready: Promise<unknown> | undefined;

function reply(message: OptimizeResponse): void {
	postMessage(message);
}

self.onmessage = async (event: MessageEvent<OptimizeRequest>) => {
	const { jobId, minuteOffset } = event.data;
	const started = performance.now();
	let log;
	let current: readonly number[];
	try {
		log = await readReviewLog(annalsDb());
		current = (await getFsrsWeights(annalsDb())) ?? default_w;
	} catch (error) {
		reply({
			type: 'failed',
			jobId,
			code: 'storage',
			message: `Could not read your reviews: ${String(error)}`
		});
		return;
	}
	try {
		ready ??= init();
		await ready;
		const engine = new Fsrs();
		try {
			const result = fitParameters(engine as unknown as OptimizerEngine, log, current, minuteOffset);
			reply({ type: 'done', jobId, result, elapsedMs: performance.now() - started });
		} finally {
			engine.free();
		}
	} catch (error) {
		if (error instanceof NotEnoughReviewsError) {
			reply({ type: 'failed', jobId, code: 'not-enough-reviews', message: error.message });
		} else {
			reply({ type: 'failed', jobId, code: 'engine', message: `The optimiser failed: ${String(error)}` });
		}
	}
};
