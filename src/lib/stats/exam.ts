/**
 * Planning for an exam: how much of a deck the student should still know on the exam day, how many
 * answers a day that takes, and a small simulator of daily workload against desired retention.
 * Pure: parameters, the clock and the seed come in as arguments.
 */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import { seededRandom } from './simulate';
import type { StatsCard } from './types';

const DAY_MS = 86_400_000;

export interface ExamPlan {
	/** Whole days from today until the exam day (0 = the exam is today). */
	daysLeft: number;
	studied: number;
	newCards: number;
	/**
	 * Mean chance of recall on the exam day over studied cards, if every review due before then is
	 * done on time and answered Good; null when nothing has been studied.
	 */
	expectedRetention: number | null;
	/** Same, if the student stopped reviewing today. */
	retentionIfIdle: number | null;
	/** Reviews due from today up to the exam (overdue included), before counting new cards. */
	reviewsBeforeExam: number;
	/** Answers a day needed to see every due card and learn every new card before the exam. */
	dailyLoad: number;
	/** Studied cards next due after the exam: bringing them forward refreshes them in time. */
	dueAfterExam: number;
}

/** The card's memory as FSRS reads it, clamped to FSRS's valid ranges (imported or hand-edited rows may not be). */
function memoryOf(card: StatsCard): FSRSState {
	const stability = Number.isFinite(card.memory.stability) ? Math.max(card.memory.stability, 0.01) : 0.01;
	const d = card.memory.difficulty;
	return { stability, difficulty: Number.isFinite(d) ? Math.min(10, Math.max(1, d)) : 5 };
}

export function planExam(
	cards: readonly StatsCard[],
	examAt: number,
	now: number,
	weights: readonly number[],
	desiredRetention: number
): ExamPlan {
	const model = new FSRSAlgorithm(
		generatorParameters({ w: [...weights], request_retention: desiredRetention, enable_fuzz: false })
	);
	const daysLeft = Math.max(0, Math.ceil((examAt - now) / DAY_MS));
	let studied = 0;
	let newCards = 0;
	let reviewsBeforeExam = 0;
	let dueAfterExam = 0;
	let sumKept = 0;
	let sumIdle = 0;
	for (const card of cards) {
		if (card.archived === 1 || card.suspended === 1) continue;
		if (card.state === 0) {
			newCards++;
			continue;
		}
		studied++;
		const last = card.memory.lastReview ?? now;
		let state = memoryOf(card);
		sumIdle += model.forgetting_curve(Math.max(0, (examAt - last) / DAY_MS), state.stability);
		let due = Math.max(card.memory.due, now);
		let lastAt = last;
		if (card.memory.due > examAt) dueAfterExam++;
		// Follow the schedule until the exam: each due review answered Good moves the card on.
		while (due <= examAt) {
			reviewsBeforeExam++;
			const elapsed = Math.max(0, Math.round((due - lastAt) / DAY_MS));
			state = model.next_state(state, elapsed, 3);
			lastAt = due;
			due += Math.max(1, model.next_interval(state.stability, 0)) * DAY_MS;
		}
		sumKept += model.forgetting_curve(Math.max(0, (examAt - lastAt) / DAY_MS), state.stability);
	}
	const days = Math.max(1, daysLeft);
	return {
		daysLeft,
		studied,
		newCards,
		expectedRetention: studied > 0 ? sumKept / studied : null,
		retentionIfIdle: studied > 0 ? sumIdle / studied : null,
		reviewsBeforeExam,
		dailyLoad: Math.ceil((reviewsBeforeExam + newCards) / days),
		dueAfterExam
	};
}

export interface WorkloadPoint {
	desiredRetention: number;
	/** Mean answers a day over the horizon (reviews, including relearning after a lapse). */
	reviewsPerDay: number;
	/** Mean chance of recall over studied cards at the end of the horizon. */
	retentionAtEnd: number | null;
}

export const WORKLOAD_RETENTIONS: readonly number[] = [0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97];

/**
 * Simulates `days` of study at each desired retention: cards come due by FSRS intervals, are
 * recalled with the model's probability (Again otherwise) and `newPerDay` new cards join each day.
 */
export function simulateWorkload(
	cards: readonly StatsCard[],
	options: {
		weights: readonly number[];
		now: number;
		days: number;
		newPerDay: number;
		seed: number;
		retentions?: readonly number[];
		/** Cards simulated at most; a larger collection is sampled and the counts scaled up. */
		sampleSize?: number;
	}
): WorkloadPoint[] {
	const active = cards.filter((c) => c.archived === 0 && c.suspended === 0);
	const sampleSize = options.sampleSize ?? 3000;
	const step = Math.max(1, Math.ceil(active.length / sampleSize));
	const sample = active.filter((_, i) => i % step === 0);
	return (options.retentions ?? WORKLOAD_RETENTIONS).map((retention) => {
		const random = seededRandom(options.seed);
		const model = new FSRSAlgorithm(
			generatorParameters({ w: [...options.weights], request_retention: retention, enable_fuzz: false })
		);
		type Sim = { state: FSRSState | null; last: number; due: number };
		const sims: Sim[] = [];
		let newLeft = 0;
		for (const card of sample) {
			if (card.state === 0) {
				newLeft++;
				continue;
			}
			const last = Math.floor(((card.memory.lastReview ?? options.now) - options.now) / DAY_MS);
			const due = Math.max(0, Math.floor((card.memory.due - options.now) / DAY_MS));
			sims.push({ state: memoryOf(card), last, due });
		}
		const newPerDay = Math.max(0, Math.round(options.newPerDay / step));
		let answers = 0;
		for (let day = 0; day < options.days; day++) {
			for (let n = 0; n < newPerDay && newLeft > 0; n++, newLeft--) {
				const state = model.next_state(null, 0, 3);
				sims.push({ state, last: day, due: day + Math.max(1, model.next_interval(state.stability, 0)) });
				answers++;
			}
			for (const sim of sims) {
				if (sim.due !== day || !sim.state) continue;
				const elapsed = day - sim.last;
				const recalled = random() < model.forgetting_curve(elapsed, sim.state.stability);
				// A lapse costs a relearning answer the same day as well.
				answers += recalled ? 1 : 2;
				sim.state = model.next_state(sim.state, elapsed, recalled ? 3 : 1);
				sim.last = day;
				sim.due = day + Math.max(1, model.next_interval(sim.state.stability, 0));
			}
		}
		let kept = 0;
		let counted = 0;
		for (const sim of sims) {
			if (!sim.state) continue;
			kept += model.forgetting_curve(Math.max(0, options.days - sim.last), sim.state.stability);
			counted++;
		}
		return {
			desiredRetention: retention,
			reviewsPerDay: (answers * step) / Math.max(1, options.days),
			retentionAtEnd: counted > 0 ? kept / counted : null
		};
	});
}
