/** Runs the statistics worker once and returns its report. */
import type { StatsReport, StatsRequest, StatsResponse } from './stats-messages';

export function loadStatsReport(request: Omit<StatsRequest, 'type'>): Promise<StatsReport> {
	const worker = new Worker(new URL('./stats-worker.ts', import.meta.url), { type: 'module' });
	return new Promise<StatsReport>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<StatsResponse>) => {
			worker.terminate();
			if (event.data.type === 'done') resolve(event.data.report);
			else reject(new Error(event.data.message));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			reject(new Error(event.message || 'The statistics worker stopped'));
		};
		const message: StatsRequest = { type: 'compute', ...request };
		worker.postMessage(message);
	});
}
