/**
 * Fitting the student's FSRS parameters with fsrs-browser (fsrs-rs compiled to WebAssembly) and
 * judging the fit before and after on the same log. The engine is passed in, so the worker gives the
 * browser build and the tests the same module initialised from the .wasm bytes.
 */
import { evaluateParameters, type FitQuality } from './evaluate';
import { toAnkiRevlog, type OptimizerReview } from './revlog';

/** Fewer reviews than this give parameters that mostly echo the defaults' noise (Anki asks for 400). */
export const MIN_REVIEWS_TO_OPTIMISE = 400;

export interface OptimizerEngine {
	computeParametersAnki(
		minuteOffset: number,
		cids: BigInt64Array,
		eases: Uint8Array,
		ids: BigInt64Array,
		types: Uint8Array,
		progress: undefined,
		enableShortTerm: boolean
	): Float32Array;
}

export interface OptimizationResult {
	parameters: number[];
	/** Fit of the parameters in use before, and of the new ones, on the same reviews. */
	before: FitQuality | null;
	after: FitQuality | null;
	reviews: number;
}

export class NotEnoughReviewsError extends Error {
	constructor(readonly reviews: number) {
		super(
			`The optimiser needs at least ${MIN_REVIEWS_TO_OPTIMISE} reviews; you have ${reviews}. Keep studying with the defaults.`
		);
		this.name = 'NotEnoughReviewsError';
	}
}

/** FSRS-6 has 21 parameters; fsrs-rs returns float32, rounded here to what Anki shows. */
function rounded(parameters: Float32Array): number[] {
	return Array.from(parameters, (w) => Math.round(w * 10_000) / 10_000);
}

export function fitParameters(
	engine: OptimizerEngine,
	log: readonly OptimizerReview[],
	current: readonly number[],
	minuteOffset: number
): OptimizationResult {
	if (log.length < MIN_REVIEWS_TO_OPTIMISE) throw new NotEnoughReviewsError(log.length);
	const revlog = toAnkiRevlog(log);
	const fitted = engine.computeParametersAnki(
		minuteOffset,
		revlog.cids,
		revlog.eases,
		revlog.ids,
		revlog.types,
		undefined,
		true
	);
	const parameters = rounded(fitted);
	if (parameters.length !== 21 || parameters.some((w) => !Number.isFinite(w))) {
		throw new Error(`The optimiser returned ${parameters.length} parameters instead of 21`);
	}
	return {
		parameters,
		before: evaluateParameters(log, current, minuteOffset),
		after: evaluateParameters(log, parameters, minuteOffset),
		reviews: log.length
	};
}
