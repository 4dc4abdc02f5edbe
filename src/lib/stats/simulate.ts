/**
 * A seeded simulation of a learner studying with Annals' scheduler, used by the tests and the bench
 * to get review logs whose every number is known. The learner's real memory follows FSRS with its
 * own parameters (`learnerWeights`), not the defaults the scheduler uses, so an optimiser has
 * something to find; theses are harder to keep than dates and offices, so the kind breakdown has a
 * clear answer.
 */
import { FSRSAlgorithm, default_w, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { CardKind } from '../cards/types';
import type { MemoryState, Rating, ReviewLogRow } from '../db/rows';
import { newMemoryState } from '../srs/fsrs-card';
import { answerCard } from '../srs/scheduler';
import { studyDayStart } from '../srs/day';
import type { StatsCard } from './types';

export interface SimulatedCard extends StatsCard {
	memory: MemoryState;
}

export interface SimulationOptions {
	seed: number;
	/** First study day (epoch ms, any time in the day). */
	start: number;
	days: number;
	cards: number;
	newPerDay: number;
	decks?: string[];
	desiredRetention?: number;
	/** The learner's true FSRS parameters; by default a learner who forgets faster than FSRS assumes. */
	learnerWeights?: readonly number[];
	rolloverHour?: number;
}

export interface Simulation {
	cards: SimulatedCard[];
	log: ReviewLogRow[];
}

/** A learner whose first stabilities are a third of the defaults and whose forgetting curve is flatter. */
export const FORGETFUL_LEARNER: readonly number[] = default_w.map((w, i) =>
	i < 4 ? w / 3 : i === 8 ? w * 0.8 : i === 20 ? 0.35 : w
);

/** Harder kinds: the chance of recall is R raised to this power. */
const KIND_HARDNESS: Record<CardKind, number> = { date: 1, office: 1.1, thesis: 1.6 };
const KINDS: CardKind[] = ['date', 'office', 'thesis'];
const DAY_MS = 86_400_000;

/** mulberry32: small, fast, good enough for simulations. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Learner {
	state: FSRSState | null;
	lastDay: number;
}

export function simulateLearner(options: SimulationOptions): Simulation {
	const random = seededRandom(options.seed);
	const decks = options.decks ?? ['deck-a', 'deck-b'];
	const retention = options.desiredRetention ?? 0.9;
	const rollover = options.rolloverHour ?? 4;
	const truth = new FSRSAlgorithm(
		generatorParameters({ w: [...(options.learnerWeights ?? FORGETFUL_LEARNER)] })
	);
	const firstDay = studyDayStart(options.start, rollover);

	const cards: SimulatedCard[] = [];
	const learners: Learner[] = [];
	for (let i = 0; i < options.cards; i++) {
		const memory = { ...newMemoryState(firstDay), due: firstDay + i };
		cards.push({
			id: `card-${String(i).padStart(5, '0')}`,
			deckId: decks[i % decks.length],
			kind: KINDS[Math.floor(random() * KINDS.length)],
			state: 0,
			suspended: 0,
			archived: 0,
			memory
		});
		learners.push({ state: null, lastDay: 0 });
	}

	const log: ReviewLogRow[] = [];
	let nextNew = 0;
	for (let day = 0; day < options.days; day++) {
		const dayStart = new Date(firstDay);
		dayStart.setDate(dayStart.getDate() + day);
		const begin = dayStart.getTime();
		const end = begin + DAY_MS;
		let clock = begin + 9 * 3_600_000 + Math.floor(random() * 3_600_000);
		const today: number[] = [];
		for (let i = 0; i < nextNew; i++) if (cards[i].state !== 0 && cards[i].memory.due < end) today.push(i);
		for (let n = 0; n < options.newPerDay && nextNew < cards.length; n++) today.push(nextNew++);
		// Answer in due order; learning steps that come back today join the queue again.
		while (today.length > 0) {
			today.sort((a, b) => cards[a].memory.due - cards[b].memory.due);
			const index = today.shift() as number;
			const card = cards[index];
			clock = Math.max(clock, card.state === 0 ? clock : card.memory.due);
			if (clock >= end - 3_600_000) break;
			const learner = learners[index];
			const elapsed = learner.state ? day - learner.lastDay : 0;
			// Half of new cards are already known from reading the document.
			const r = learner.state ? truth.forgetting_curve(elapsed, learner.state.stability) : 0.5;
			const recalled = random() < Math.pow(r, KIND_HARDNESS[card.kind]);
			const rating: Rating = recalled ? (random() < 0.12 ? 2 : random() < 0.9 ? 3 : 4) : 1;
			const durationMs = 3_000 + Math.floor(random() * 15_000);
			const before = card.memory;
			const after = answerCard(before, rating, clock, { desiredRetention: retention });
			log.push({
				cardId: card.id,
				deckId: card.deckId,
				kind: card.kind,
				rating,
				reviewedAt: clock,
				durationMs,
				before,
				after
			});
			learner.state = truth.next_state(learner.state, elapsed, rating);
			learner.lastDay = day;
			card.memory = after;
			card.state = after.state;
			clock += durationMs;
			if (after.due < end) today.push(index);
		}
	}
	log.forEach((row, i) => (row.id = i + 1));
	return { cards, log };
}
