/** Builds each kind of question from cards. Pure: the same cards and seed give the same questions. */
import type { CardDate } from '../cards/types';
import { acceptedDateKeys, coarser, dateKey, gregorianIso, shiftIso, showDate, yearOf } from './dates';
import { answerText, distractorsFor } from './distractors';
import {
	answerType,
	cardYear,
	dateTrueForFact,
	heldPost,
	knownDates,
	sameQuestionCards,
	officeHolder,
	periodOf,
	samePost,
	type FactIndex,
	type QuizCard
} from './facts';
import { looksLikePersonName, personKey } from './names';
import { randomInt, shuffle, type Rng } from './random';
import { foldText } from './text';
import type {
	MultipleChoiceQuestion,
	OfficeMatchingQuestion,
	OrderItem,
	SuccessionQuestion,
	TimelineQuestion,
	TrueFalseQuestion,
	TypedQuestion
} from './types';

function base(card: QuizCard) {
	return {
		cardIds: [card.id],
		deckId: card.deckId,
		kind: card.kind,
		period: periodOf(cardYear(card)),
		prompt: card.front,
		sources: card.sources.length ? card.sources : [card.source]
	};
}

export function multipleChoice(
	index: FactIndex,
	card: QuizCard,
	rng: Rng
): MultipleChoiceQuestion | undefined {
	const type = answerType(card);
	if (!type) return undefined;
	const distractors = distractorsFor(index, card, rng, 3);
	if (distractors.length < 3) return undefined;
	const answer = answerText(card, type);
	const options = shuffle([answer, ...distractors], rng);
	return {
		...base(card),
		id: `mc:${card.id}`,
		type: 'multiple-choice',
		answerType: type,
		options,
		answerIndex: options.indexOf(answer),
		correctAnswer: answer
	};
}

const DATE_HINTS: Record<CardDate['precision'], string> = {
	day: 'Type the day, month and year',
	month: 'Type the month and year',
	year: 'Type the year',
	decade: 'Type the decade'
};

export function typedQuestion(index: FactIndex, card: QuizCard): TypedQuestion | undefined {
	const type = answerType(card);
	const others = sameQuestionCards(index, card);
	const alternatives = [
		...others.filter((c) => answerType(c) === type).map((c) => c.back.trim()),
		...card.conflicts.map((c) => c.back.trim())
	];
	const common = { ...base(card), id: `typed:${card.id}`, type: 'typed' as const };
	if (type === 'date' && card.date) {
		const altDates: CardDate[] = knownDates(index, card).map((d) => ({
			iso: d.iso,
			precision: d.precision,
			calendar: 'gregorian'
		}));
		return {
			...common,
			answerType: 'date',
			date: card.date,
			altDates,
			correctAnswer: answerText(card, 'date'),
			// A range is graded on where it starts, so asking for the start is enough.
			hint:
				card.date.endIso && card.date.endIso !== card.date.iso
					? `${DATE_HINTS[card.date.precision]} it began`
					: DATE_HINTS[card.date.precision]
		};
	}
	if (type === 'person') {
		const accepted = [card.back, ...alternatives].map(personKey);
		return {
			...common,
			answerType: 'person',
			correctAnswer: card.back.trim(),
			alternatives,
			otherPeople: [...index.people.values()].filter((p) => !accepted.includes(p.key)).map((p) => p.name),
			hint: 'Type the name (the surname is enough)'
		};
	}
	if (type === 'office') {
		return {
			...common,
			answerType: 'office',
			correctAnswer: card.back.trim(),
			alternatives,
			hint: 'Type the post'
		};
	}
	return undefined;
}

/** A wrong year for the fact: the same day and month, a year or a few away, not true in any source. */
function swappedYear(index: FactIndex, card: QuizCard, rng: Rng): string | undefined {
	const date = card.date;
	if (!date) return undefined;
	const precision = date.precision === 'decade' ? 'decade' : date.precision;
	const truth = new Set(acceptedDateKeys(date, precision));
	const steps = shuffle(precision === 'decade' ? [10, -10, 20, -20] : [1, -1, 2, -2, 3, -3], rng);
	for (const step of steps) {
		const iso = shiftIso(gregorianIso(date), 'year', step);
		const key = dateKey(iso, precision);
		if (truth.has(key) || dateTrueForFact(index, card, iso, precision)) continue;
		const endIso = date.endIso ? shiftIso(date.endIso, 'year', step) : undefined;
		return showDate({ iso, precision: date.precision, calendar: 'gregorian', endIso });
	}
	return undefined;
}

export function trueFalse(index: FactIndex, card: QuizCard, rng: Rng): TrueFalseQuestion | undefined {
	const type = answerType(card);
	if (!type) return undefined;
	const answer = answerText(card, type);
	const wantFalse = rng() < 0.5;
	const wrong = wantFalse
		? type === 'date'
			? swappedYear(index, card, rng)
			: distractorsFor(index, card, rng, 1)[0]
		: undefined;
	const truth = wrong === undefined;
	const shown = wrong ?? answer;
	return {
		...base(card),
		id: `tf:${card.id}`,
		type: 'true-false',
		prompt: 'True or false?',
		statement: { question: card.front, answer: shown },
		truth,
		correctAnswer: truth ? `True: ${answer}` : `False: the answer is ${answer}`
	};
}

/** Sortable New Style key of a card's date, and whether two dates can be told apart as shown. */
function sortKey(date: CardDate): string {
	return gregorianIso(date);
}

export function distinctAsShown(a: CardDate, b: CardDate): boolean {
	const precision = coarser(a.precision, b.precision);
	return dateKey(gregorianIso(a), precision) !== dateKey(gregorianIso(b), precision);
}

/** The front gives the date away (e.g. "What happened in 1924?"): no use in a timeline. */
function frontRevealsDate(card: QuizCard): boolean {
	if (!card.date) return true;
	return (
		card.front.includes(String(yearOf(gregorianIso(card.date)))) ||
		card.front.includes(String(yearOf(card.date.iso)))
	);
}

/** One card per fact: the basic form where there is one. */
export function onePerFact(cards: readonly QuizCard[]): QuizCard[] {
	const byFact = new Map<string, QuizCard>();
	const rank = (c: QuizCard) => (c.form === 'basic' ? 0 : c.form === 'reverse' ? 1 : 2);
	for (const card of cards) {
		const seen = byFact.get(card.factKey);
		if (!seen || rank(card) < rank(seen)) byFact.set(card.factKey, card);
	}
	return [...byFact.values()];
}

function orderItem(card: QuizCard): OrderItem {
	return { id: card.id, label: card.front, dateLabel: card.date ? showDate(card.date) : '' };
}

/**
 * Timelines of 4–6 events from one deck. No two events share a date at the precision shown, so the
 * order is never a matter of luck; each event is used in one timeline only.
 */
export function timelines(
	cards: readonly QuizCard[],
	rng: Rng,
	max = Infinity,
	/** How many timelines one event may appear in (1 in a test; more to count what a deck can yield). */
	usesPerEvent = 1
): TimelineQuestion[] {
	const byDeck = new Map<string, QuizCard[]>();
	const facts = onePerFact(cards);
	// Two facts worded as the same question would be two identical rows: leave such events out.
	const wording = new Map<string, number>();
	for (const card of facts) wording.set(foldText(card.front), (wording.get(foldText(card.front)) ?? 0) + 1);
	for (const card of facts) {
		if (answerType(card) !== 'date' || !card.date || frontRevealsDate(card)) continue;
		if ((wording.get(foldText(card.front)) ?? 0) > 1) continue;
		byDeck.set(card.deckId, [...(byDeck.get(card.deckId) ?? []), card]);
	}
	const out: TimelineQuestion[] = [];
	for (const [deckId, deckCards] of [...byDeck.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
		const uses = new Map<string, number>();
		const seen = new Set<string>();
		let misses = 0;
		while (out.length < max && misses < 20) {
			const size = randomInt(rng, 4, 6);
			const chosen: QuizCard[] = [];
			for (const card of shuffle(deckCards, rng)) {
				if ((uses.get(card.id) ?? 0) >= usesPerEvent) continue;
				if (chosen.every((c) => c.date && card.date && distinctAsShown(c.date, card.date))) chosen.push(card);
				if (chosen.length === size) break;
			}
			if (chosen.length < 4) break;
			const setKey = chosen
				.map((c) => c.id)
				.sort()
				.join(',');
			if (seen.has(setKey)) {
				misses++;
				continue;
			}
			seen.add(setKey);
			for (const c of chosen) uses.set(c.id, (uses.get(c.id) ?? 0) + 1);
			const ordered = [...chosen].sort((a, b) => sortKey(a.date!).localeCompare(sortKey(b.date!)));
			const shown = shuffle(chosen, rng);
			// A list already in order asks nothing: swap two items.
			if (shown.every((c, i) => c === ordered[i])) [shown[0], shown[1]] = [shown[1], shown[0]];
			const years = ordered.map((c) => yearOf(gregorianIso(c.date!)));
			out.push({
				id: `timeline:${ordered.map((c) => c.id).join(',')}`,
				type: 'timeline',
				cardIds: ordered.map((c) => c.id),
				deckId,
				kind: 'date',
				period: periodOf(years[0]),
				prompt: 'Put these events in order, earliest first.',
				items: shown.map(orderItem),
				correctOrder: ordered.map((c) => c.id),
				correctAnswer: ordered.map((c) => `${showDate(c.date!)}: ${c.front}`).join(' → '),
				sources: ordered.map((c) => c.source)
			});
		}
	}
	return out;
}

interface Holding {
	card: QuizCard;
	person: string;
	office: string;
}

function holdings(cards: readonly QuizCard[]): Holding[] {
	const out: Holding[] = [];
	for (const card of onePerFact(cards)) {
		const person = officeHolder(card);
		if (!person || !card.office) continue;
		out.push({ card, person, office: card.office });
	}
	return out;
}

/** The deck most of these cards come from: where a question drawing on several documents is scored. */
function mainDeck(cards: readonly QuizCard[]): string {
	const counts = new Map<string, number>();
	for (const c of cards) counts.set(c.deckId, (counts.get(c.deckId) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/**
 * Match 3–5 posts to the people who held them (at least two different people). The answer is unique:
 * no other person shown held that post according to any card or source, and no two posts shown could
 * be the same post. Draws on every selected document, since one document often follows one person.
 */
export function officeMatchings(
	index: FactIndex,
	cards: readonly QuizCard[],
	rng: Rng,
	max = Infinity
): OfficeMatchingQuestion[] {
	let pool = shuffle(
		holdings(cards).filter((h) => looksLikePersonName(h.person)),
		rng
	);
	const out: OfficeMatchingQuestion[] = [];
	while (out.length < max) {
		const size = randomInt(rng, 3, 5);
		const chosen: Holding[] = [];
		const people = () => [...new Set(chosen.map((c) => personKey(c.person)))];
		const first = pool[0];
		if (!first) break;
		const firstKey = personKey(first.person);
		// Other people's posts first, so the question is never "all of these were X".
		const candidates = [
			first,
			...pool.slice(1).filter((h) => personKey(h.person) !== firstKey),
			...pool.slice(1).filter((h) => personKey(h.person) === firstKey)
		];
		for (const h of candidates) {
			const clash = chosen.some((c) => samePost(c.office, h.office));
			const shownPeople = [...chosen.map((c) => c.person), h.person];
			const ambiguous = shownPeople.some(
				(p) => personKey(p) !== personKey(h.person) && heldPost(index, p, h.office)
			);
			const breaksOthers = chosen.some(
				(c) => personKey(c.person) !== personKey(h.person) && heldPost(index, h.person, c.office)
			);
			if (clash || ambiguous || breaksOthers) continue;
			chosen.push(h);
			if (chosen.length === size) break;
		}
		if (chosen.length < 3 || people().length < 2) break;
		pool = pool.filter((h) => !chosen.includes(h));
		const rows = shuffle(chosen, rng);
		const names = new Map<string, string>();
		for (const h of rows) if (!names.has(personKey(h.person))) names.set(personKey(h.person), h.person);
		const persons = shuffle([...names.values()], rng);
		const years = rows.map((h) => cardYear(h.card)).filter((y): y is number => y !== undefined);
		out.push({
			id: `matching:${rows.map((h) => h.card.id).join(',')}`,
			type: 'office-matching',
			cardIds: rows.map((h) => h.card.id),
			deckId: mainDeck(rows.map((h) => h.card)),
			kind: 'office',
			period: periodOf(years.length ? Math.min(...years) : undefined),
			prompt: 'Who held each post? Choose the person for every post.',
			offices: rows.map((h) => h.office),
			persons,
			answer: rows.map((h) => persons.findIndex((p) => personKey(p) === personKey(h.person))),
			correctAnswer: rows.map((h) => `${h.office}: ${h.person}`).join('; '),
			sources: rows.map((h) => h.card.source)
		});
	}
	return out;
}

/** Order the holders of one post: 3–5 people with distinct start dates, from one deck. */
export function successions(cards: readonly QuizCard[], rng: Rng, max = Infinity): SuccessionQuestion[] {
	const dated = holdings(cards).filter((h) => h.card.date);
	const groups: Holding[][] = [];
	for (const h of dated) {
		const group = groups.find((g) => g[0].card.deckId === h.card.deckId && samePost(g[0].office, h.office));
		if (group) group.push(h);
		else groups.push([h]);
	}
	const out: SuccessionQuestion[] = [];
	for (const group of shuffle(groups, rng)) {
		if (out.length >= max) break;
		const sorted = [...group].sort((a, b) => sortKey(a.card.date!).localeCompare(sortKey(b.card.date!)));
		const chosen: Holding[] = [];
		for (const h of sorted) {
			const clash = chosen.some(
				(c) => personKey(c.person) === personKey(h.person) || !distinctAsShown(c.card.date!, h.card.date!)
			);
			if (!clash) chosen.push(h);
			if (chosen.length === 5) break;
		}
		if (chosen.length < 3) continue;
		const items: OrderItem[] = chosen.map((h) => ({
			id: h.card.id,
			label: h.person,
			dateLabel: showDate(h.card.date!)
		}));
		const office = chosen[0].office;
		let shown = shuffle(items, rng);
		if (shown.every((item, i) => item === items[i])) shown = [items[1], items[0], ...items.slice(2)];
		out.push({
			id: `succession:${chosen.map((h) => h.card.id).join(',')}`,
			type: 'succession',
			office,
			cardIds: chosen.map((h) => h.card.id),
			deckId: chosen[0].card.deckId,
			kind: 'office',
			period: periodOf(cardYear(chosen[0].card)),
			prompt: `Put the holders of this post in order, first holder first: ${office}.`,
			items: shown,
			correctOrder: chosen.map((h) => h.card.id),
			correctAnswer: chosen.map((h) => `${h.person} (${showDate(h.card.date!)})`).join(' → '),
			sources: chosen.map((h) => h.card.source)
		});
	}
	return out;
}
