/**
 * The statistics worker: reads the review log and cards from IndexedDB here, off the main thread,
 * and runs the pure computations, so a year of history never freezes the page. (Wiring, not core:
 * the numbers come from compute.ts and exam.ts.)
 */
import { default_w } from 'ts-fsrs';
import { annalsDb } from '../db/schema';
import { getExamDates, getFsrsWeights, readReviewLog, readStatsCards } from '../db/stats-repo';
import { computeStats } from './compute';
import { planExam, simulateWorkload } from './exam';
import type { StatsRequest, StatsResponse } from './stats-messages';

self.onmessage = async (event: MessageEvent<StatsRequest>) => {
	const request = event.data;
	const started = performance.now();
	try {
		const db = annalsDb();
		const [log, cards, examDates, custom] = await Promise.all([
			readReviewLog(db),
			readStatsCards(db),
			getExamDates(db),
			getFsrsWeights(db)
		]);
		const weights = custom ?? default_w;
		const summary = computeStats(log, cards, { now: request.now, rolloverHour: request.rolloverHour });
		const exams = Object.entries(examDates).map(([deckId, examAt]) => ({
			deckId,
			examAt,
			plan: planExam(
				cards.filter((c) => c.deckId === deckId),
				examAt,
				request.now,
				weights,
				request.desiredRetention
			)
		}));
		const workload = simulateWorkload(cards, {
			weights,
			now: request.now,
			days: 30,
			newPerDay: request.newPerDay,
			seed: 1
		});
		const response: StatsResponse = {
			type: 'done',
			report: {
				summary,
				exams,
				workload,
				customParameters: custom !== undefined,
				elapsedMs: performance.now() - started
			}
		};
		postMessage(response);
	} catch (error) {
		const response: StatsResponse = {
			type: 'failed',
			message: `Could not read your reviews: ${String(error)}`
		};
		postMessage(response);
	}
};
