/** Messages between the statistics screen and the optimiser worker. */
import type { OptimizationResult } from './fit';

export interface OptimizeRequest {
	type: 'fit';
	jobId: number;
	/** `minute_offset` for fsrs-rs: local UTC offset minus the day rollover (see revlog.ts). */
	minuteOffset: number;
}

export type OptimizeResponse =
	| { type: 'done'; jobId: number; result: OptimizationResult; elapsedMs: number }
	| { type: 'failed'; jobId: number; code: 'not-enough-reviews' | 'engine' | 'storage'; message: string };
