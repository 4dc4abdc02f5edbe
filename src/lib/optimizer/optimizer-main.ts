/** Starting the optimiser worker from the page; one job per worker, terminated when done or cancelled. */
import type { OptimizationResult } from './fit';
import type { OptimizeRequest, OptimizeResponse } from './optimizer-messages';
import { minuteOffsetFor } from './revlog';

export interface FitOutcome extends OptimizationResult {
	elapsedMs: number;
}

export class OptimizerFailed extends Error {
	constructor(
		readonly code: string,
		message: string
	) {
		super(message);
		this.name = 'OptimizerFailed';
	}
}

export interface OptimizerJob {
	result: Promise<FitOutcome>;
	cancel(): void;
}

export function startOptimizer(now: number, rolloverHour: number): OptimizerJob {
	const worker = new Worker(new URL('./optimizer-worker.ts', import.meta.url), { type: 'module' });
	const jobId = 1;
	let settle: ((outcome: FitOutcome | Error) => void) | undefined;
	const result = new Promise<FitOutcome>((resolve, reject) => {
		settle = (outcome) => {
			settle = undefined;
			worker.terminate();
			if (outcome instanceof Error) reject(outcome);
			else resolve(outcome);
		};
	});
	worker.onmessage = (event: MessageEvent<OptimizeResponse>) => {
		const message = event.data;
		if (message.type === 'done') settle?.({ ...message.result, elapsedMs: message.elapsedMs });
		else settle?.(new OptimizerFailed(message.code, message.message));
	};
	worker.onerror = (event) => {
		event.preventDefault();
		settle?.(new OptimizerFailed('engine', `The optimiser stopped: ${event.message || 'worker error'}`));
	};
	const request: OptimizeRequest = {
		type: 'fit',
		jobId,
		minuteOffset: minuteOffsetFor(new Date(now).getTimezoneOffset(), rolloverHour)
	};
	worker.postMessage(request);
	return {
		result,
		cancel: () => settle?.(new OptimizerFailed('cancelled', 'Cancelled'))
	};
}
