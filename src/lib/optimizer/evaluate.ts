/**
 * How well a set of FSRS parameters predicts a review log: for every review made at least a day
 * after the previous one, the predicted chance of recall against what happened (Again = forgotten).
 * Log loss is the mean cross-entropy; RMSE is the calibration error over 20 bins of predicted
 * recall, weighted by reviews (a simpler cousin of fsrs-rs's "RMSE (bins)", which bins by history).
 * Memory states come from ts-fsrs's FSRS-6 formulas, the same code the scheduler runs.
 */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import { reviewsByCard, studyDayNumber, type OptimizerReview } from './revlog';

export interface FitQuality {
	logLoss: number;
	rmse: number;
	/** Reviews the figures are based on. */
	predictions: number;
}

const BINS = 20;
const EPS = 1e-6;

export function evaluateParameters(
	log: readonly OptimizerReview[],
	weights: readonly number[],
	minuteOffset: number
): FitQuality | null {
	const model = new FSRSAlgorithm(generatorParameters({ w: [...weights] }));
	const binPredicted = new Float64Array(BINS);
	const binActual = new Float64Array(BINS);
	const binCount = new Float64Array(BINS);
	let loss = 0;
	let predictions = 0;
	for (const reviews of reviewsByCard(log)) {
		let state: FSRSState | null = null;
		let lastDay = 0;
		for (const review of reviews) {
			const day = studyDayNumber(review.reviewedAt, minuteOffset);
			const elapsed = state ? day - lastDay : 0;
			if (state && elapsed > 0) {
				const p = Math.min(1 - EPS, Math.max(EPS, model.forgetting_curve(elapsed, state.stability)));
				const y = review.rating > 1 ? 1 : 0;
				loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
				const bin = Math.min(BINS - 1, Math.floor(p * BINS));
				binPredicted[bin] += p;
				binActual[bin] += y;
				binCount[bin]++;
				predictions++;
			}
			state = model.next_state(state, elapsed, review.rating);
			lastDay = day;
		}
	}
	if (predictions === 0) return null;
	let squared = 0;
	for (let b = 0; b < BINS; b++) {
		if (binCount[b] === 0) continue;
		const gap = (binPredicted[b] - binActual[b]) / binCount[b];
		squared += binCount[b] * gap * gap;
	}
	return { logLoss: loss / predictions, rmse: Math.sqrt(squared / predictions), predictions };
}
