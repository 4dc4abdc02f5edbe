/**
 * Wrong options that are plausible and never secretly right: of the answer's type, near it, from the
 * same documents, never equivalent to the answer or to each other, never true per another source.
 */
import type { CardDate } from '../cards/types';
import type { DatePrecision } from '../extract/types';
import { acceptedDateKeys, dateKey, formatDate, gregorianIso, shiftIso, showDate, yearOf } from './dates';
import {
	answerType,
	dateTrueForFact,
	knownAnswers,
	heldPost,
	officeHolder,
	officeParts,
	postsHeldBy,
	samePost,
	type AnswerType,
	type FactIndex,
	type QuizCard
} from './facts';
import { personKey, samePersonLikely } from './names';
import { shuffle, type Rng } from './random';
import { foldText, meaningfulWords } from './text';

/** The key under which two options mean the same thing. */
export function optionKey(type: AnswerType, text: string, precision?: DatePrecision): string {
	if (type === 'person') return `person:${personKey(text)}`;
	if (type === 'office') return `office:${meaningfulWords(text).join(' ')}`;
	if (type === 'date') return `date:${text}:${precision ?? ''}`;
	return `claim:${foldText(text)}`;
}

/** The answer as an option reads: dates New Style at the card's precision, names as the back gives them. */
export function answerText(card: QuizCard, type: AnswerType): string {
	if (type === 'date' && card.date) return showDate(card.date);
	return card.back.trim();
}

export interface DateOption {
	iso: string;
	endIso?: string;
	label: string;
}

/** The span of years a wrong date may come from: the deck's period, at least a few years either side. */
function plausibleYears(index: FactIndex, card: QuizCard): { from: number; to: number } {
	const year = yearOf(card.date?.iso ?? '0');
	const period = index.periodByDeck.get(card.deckId) ?? { from: year, to: year };
	const from = Math.max(period.from, year - 12);
	const to = Math.min(period.to, year + 12);
	// A deck about one year still needs room for three wrong years.
	return to - from >= 6 ? { from, to } : { from: Math.min(from, year - 3), to: Math.max(to, year + 3) };
}

function dateCandidates(index: FactIndex, card: QuizCard, date: CardDate, rng: Rng): string[] {
	const precision = date.precision;
	const iso = gregorianIso(date);
	const real: string[] = [];
	// Dates that other facts of the same document carry are the most plausible wrong answers.
	for (const other of index.cards) {
		if (other.deckId !== card.deckId || !other.date || other.factKey === card.factKey) continue;
		const p = other.date.precision;
		if (
			precision !== 'decade' &&
			['decade', 'year', 'month', 'day'].indexOf(p) < ['decade', 'year', 'month', 'day'].indexOf(precision)
		)
			continue;
		real.push(dateKey(gregorianIso(other.date), precision));
	}
	const synthetic: string[] = [];
	const unit = precision === 'day' ? 'day' : precision === 'month' ? 'month' : 'year';
	const steps =
		precision === 'day'
			? [1, 2, 3, 5, 7, 10, 14, 21]
			: precision === 'month'
				? [1, 2, 3, 4, 6, 12]
				: precision === 'decade'
					? [10, 20, 30]
					: [1, 2, 3, 4, 5, 6];
	for (const step of steps) {
		synthetic.push(shiftIso(iso, unit, step), shiftIso(iso, unit, -step));
	}
	if (precision === 'day' || precision === 'month') {
		synthetic.push(shiftIso(iso, 'year', 1), shiftIso(iso, 'year', -1));
	}
	const years = plausibleYears(index, card);
	const inPeriod = (x: string) => yearOf(x) >= years.from && yearOf(x) <= years.to;
	const near = shuffle(real.filter(inPeriod), rng)
		.sort((a, b) => Math.abs(yearOf(a) - yearOf(iso)) - Math.abs(yearOf(b) - yearOf(iso)))
		.slice(0, 2);
	return [...near, ...shuffle(synthetic.filter(inPeriod), rng)];
}

function dateDistractors(index: FactIndex, card: QuizCard, rng: Rng, count: number): string[] {
	const date = card.date;
	if (!date) return [];
	const precision = date.precision;
	const seen = new Set(acceptedDateKeys(date, precision));
	const out: string[] = [];
	const startIso = gregorianIso(date);
	for (const candidate of dateCandidates(index, card, date, rng)) {
		const key = dateKey(candidate, precision);
		if (seen.has(key) || dateTrueForFact(index, card, candidate, precision)) continue;
		seen.add(key);
		if (date.endIso && date.endIso !== date.iso) {
			// A range moves as a whole so its length stays believable.
			const shift = yearOf(candidate) - yearOf(startIso);
			const endIso = shiftIso(date.endIso, 'year', shift);
			out.push(`${formatDate(candidate, precision)}–${formatDate(endIso, precision)}`);
		} else {
			out.push(formatDate(precision === 'decade' ? `${key}0` : candidate, precision));
		}
		if (out.length === count) break;
	}
	return out;
}

function personDistractors(index: FactIndex, card: QuizCard, rng: Rng, count: number): string[] {
	const answer = card.back;
	const taken = [answer, ...card.people, ...knownAnswers(index, card)];
	const officeInQuestion = card.office;
	// People who held offices, wrote, or recur in the documents: a student could plausibly confuse them.
	const plausible = [...index.people.values()].filter((p) => p.heldOffice || p.author || p.mentions >= 2);
	const candidates = shuffle(plausible, rng).sort((a, b) => {
		const score = (p: typeof a) => (p.decks.has(card.deckId) ? 2 : 0) + (p.heldOffice ? 1 : 0);
		return score(b) - score(a);
	});
	const out: string[] = [];
	for (const person of candidates) {
		if (taken.some((t) => samePersonLikely(t, person.name))) continue;
		if (officeInQuestion && heldPost(index, person.name, officeInQuestion)) continue;
		taken.push(person.name);
		out.push(person.name);
		if (out.length === count) break;
	}
	return out;
}

function overlap(a: string[], b: string[]): number {
	const set = new Set(a);
	return b.filter((w) => set.has(w)).length;
}

function officeDistractors(index: FactIndex, card: QuizCard, rng: Rng, count: number): string[] {
	const answer = card.back;
	const holder = officeHolder(card);
	const held = holder ? postsHeldBy(index, holder) : [];
	const otherAnswers = [...knownAnswers(index, card)];
	const mine = officeParts(card.office ?? answer);
	const offices = new Map<string, string>();
	for (const other of index.cards) {
		if (other.office) offices.set(meaningfulWords(other.office).join(' '), other.office);
	}
	const candidates = shuffle([...offices.values()], rng).sort((a, b) => {
		// Posts of the same organisation, then posts of the same rank, then the rest.
		const pa = officeParts(a);
		const pb = officeParts(b);
		const score = (p: typeof pa) =>
			overlap(mine.organisation, p.organisation) * 2 + overlap(mine.post, p.post);
		return score(pb) - score(pa);
	});
	const out: string[] = [];
	for (const office of candidates) {
		if (samePost(office, answer) || (card.office && samePost(office, card.office))) continue;
		if (held.some((h) => samePost(h, office))) continue;
		if (otherAnswers.some((a) => samePost(a, office))) continue;
		if (out.some((o) => samePost(o, office))) continue;
		out.push(office);
		if (out.length === count) break;
	}
	return out;
}

function claimDistractors(index: FactIndex, card: QuizCard, rng: Rng, count: number): string[] {
	const author = card.author ? personKey(card.author) : undefined;
	const topic = card.topic ? foldText(card.topic) : undefined;
	const answers = knownAnswers(index, card);
	const length = card.back.length;
	const candidates = shuffle(
		index.cards.filter((c) => c.kind === 'thesis' && c.factKey !== card.factKey && answerType(c) === 'claim'),
		rng
	).sort((a, b) => {
		// Other authors or works on the same topic first, then claims of a similar length.
		const score = (c: QuizCard) =>
			(topic && c.topic && foldText(c.topic) === topic ? 4 : 0) +
			(c.author && author && personKey(c.author) !== author ? 1 : 0) -
			Math.abs(c.back.length - length) / Math.max(length, 1);
		return score(b) - score(a);
	});
	const out: string[] = [];
	const seen = new Set([foldText(card.back), ...answers]);
	for (const other of candidates) {
		const sameAuthor =
			author !== undefined && other.author !== undefined && personKey(other.author) === author;
		const sameTopic = topic !== undefined && other.topic !== undefined && foldText(other.topic) === topic;
		// The same author on the same topic may well say this too: never offer it as wrong.
		if (sameAuthor && sameTopic) continue;
		const key = foldText(other.back);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(other.back.trim());
		if (out.length === count) break;
	}
	return out;
}

/** Up to `count` wrong options for the card's answer; fewer when the collection has not enough. */
export function distractorsFor(index: FactIndex, card: QuizCard, rng: Rng, count = 3): string[] {
	const type = answerType(card);
	if (type === 'date') return dateDistractors(index, card, rng, count);
	if (type === 'person') return personDistractors(index, card, rng, count);
	if (type === 'office') return officeDistractors(index, card, rng, count);
	if (type === 'claim') return claimDistractors(index, card, rng, count);
	return [];
}
