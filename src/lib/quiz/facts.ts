/**
 * What the whole collection knows, across every document: who held which post, which dates each fact
 * has in any source. Distractors and swapped statements are checked against it so that a "wrong"
 * option is never true according to another card or source.
 */
import type { Card, CardKind } from '../cards/types';
import type { DatePrecision } from '../extract/types';
import { coarser, dateKey, gregorianIso, parseTypedDate, yearOf } from './dates';
import { looksLikePersonName, personKey, personKeys } from './names';
import { foldText, meaningfulWords } from './text';

/** A card as the quiz sees it: with the deck (document) it belongs to. */
export interface QuizCard extends Card {
	deckId: string;
}

/** What a card's answer is: a date, a person, a post, or an author's claim. */
export type AnswerType = 'date' | 'person' | 'office' | 'claim';

/** Words of an office that name the post itself, and of the body it belongs to ("of the …"). */
export function officeParts(office: string): { post: string[]; organisation: string[] } {
	const [post, ...rest] = foldText(office).split(/\b(?:of|in|for|at)\b/);
	const words = (s: string) => meaningfulWords(s).filter((w) => w.length > 1);
	return { post: words(post ?? ''), organisation: words(rest.join(' ')) };
}

export function officeKey(office: string): string {
	return meaningfulWords(office).join(' ');
}

/** Two spellings of one word: equal, or one a glued or clipped form of the other ("Politburoof"). */
function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 2;
}

/**
 * Is `word` a syllabic contraction of consecutive `words` ("politburo" ← "political bureau",
 * "sovnarkom" ← "soviet narodnykh komissarov")? Each piece is a prefix (3+ letters) of the next word;
 * the last piece may carry one linking letter.
 */
function contracts(word: string, words: readonly string[]): boolean {
	if (words.length < 2) return false;
	const go = (rest: string, i: number): boolean => {
		// One linking letter ("Politburo"), or a short glued-on word from messy text ("Politburoof").
		if (i === words.length) return rest.length <= 3;
		for (let n = Math.min(rest.length, words[i].length); n >= 3; n--) {
			if (words[i].startsWith(rest.slice(0, n)) && go(rest.slice(n), i + 1)) return true;
		}
		return false;
	};
	return go(word, 0);
}

/** Rewrite runs of `words` that a word of `other` contracts into that word. */
function contractRuns(words: string[], other: readonly string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const hit = other.find((w) => {
			for (let n = Math.min(4, words.length - i); n >= 2; n--) {
				if (contracts(w, words.slice(i, i + n))) return ((i += n - 1), true);
			}
			return false;
		});
		out.push(hit ?? words[i]);
	}
	return out;
}

/**
 * Could two office names be the same post? "General Secretary" and "General Secretary of the Central
 * Committee" could: one's words are all in the other, allowing contractions ("Politburo" for
 * "Political Bureau") and glued words. Used in the cautious direction (exclusion).
 */
export function samePost(a: string, b: string): boolean {
	const wa0 = meaningfulWords(a);
	const wb0 = meaningfulWords(b);
	if (!wa0.length || !wb0.length) return false;
	const wa = contractRuns(wa0, wb0);
	const wb = contractRuns(wb0, wa0);
	const inside = (xs: string[], ys: string[]) => xs.every((x) => ys.some((y) => sameWord(x, y)));
	return inside(wa, wb) || inside(wb, wa);
}

function backKey(text: string): string {
	return foldText(text.replace(/\([^)]*\)/g, ' '));
}

/** Is the card's back this person (by name key)? */
function backIsPerson(card: Card, name: string): boolean {
	const back = card.back.replace(/\s*\(.*$/, '').trim();
	if (!back || back.split(/\s+/).length > 5) return false;
	return personKeys(back).some((k) => personKeys(name).includes(k));
}

/** Classify a card's answer, or undefined when it is none of the quizzable types (e.g. a cloze gap). */
export function answerType(card: Card): AnswerType | undefined {
	if (card.kind === 'date' && card.date) {
		const back = card.back.replace(/\([^)]*\)/g, ' ');
		if (parseTypedDate(back.split(/[;–]/)[0] ?? '').length || /\d{3,4}/.test(back)) return 'date';
		return undefined;
	}
	if (card.kind === 'office') {
		if (card.people.some((p) => backIsPerson(card, p))) return 'person';
		if (card.office && backKey(card.back) && samePost(card.back, card.office)) return 'office';
		return undefined;
	}
	if (card.kind === 'thesis' && card.form !== 'cloze' && card.back.trim().split(/\s+/).length >= 3)
		return 'claim';
	return undefined;
}

/** The person who holds the post on an office card: the answer when the answer is a person. */
export function officeHolder(card: Card): string | undefined {
	if (card.kind !== 'office' || !card.office) return undefined;
	const byBack = card.people.find((p) => backIsPerson(card, p));
	if (byBack) return byBack;
	return card.people.find((p) => card.front.includes(p.split(/\s+/).pop() ?? p)) ?? card.people[0];
}

/** The year a card is about (its date, or the year of its source), for periods and filters. */
export function cardYear(card: Card): number | undefined {
	if (card.date) return yearOf(card.date.iso);
	return card.source.year ?? card.sources.find((s) => s.year)?.year;
}

/** The decade label a card falls in for the report ("1920s"), or "undated". */
export function periodOf(year: number | undefined): string {
	return year === undefined ? 'undated' : `${Math.floor(year / 10) * 10}s`;
}

export interface PersonEntry {
	key: string;
	/** How the documents write the name (the most common form). */
	name: string;
	decks: Set<string>;
	/** Named as holding some office in some card. */
	heldOffice: boolean;
	/** Author of some thesis. */
	author: boolean;
	/** How many cards name them. */
	mentions: number;
}

export interface KnownDate {
	iso: string;
	precision: DatePrecision;
}

/** The dates another source writes in its answer ("1925", "3 June 1946"), at the precision written. */
function datesIn(text: string): KnownDate[] {
	const out: KnownDate[] = [];
	const plain = text.replace(/\([^)]*\)/g, ' ');
	for (const part of plain.split(/[;–]|\bto\b|\buntil\b/)) {
		for (const r of parseTypedDate(part)) {
			const parts = [String(r.year).padStart(4, '0')];
			if (r.month !== undefined) parts.push(String(r.month).padStart(2, '0'));
			if (r.month !== undefined && r.day !== undefined) parts.push(String(r.day).padStart(2, '0'));
			const precision: DatePrecision = r.decade
				? 'decade'
				: (['year', 'month', 'day'] as const)[parts.length - 1];
			out.push({ iso: parts.join('-'), precision });
		}
	}
	for (const m of plain.matchAll(/\b(1\d{3}|20\d{2})\b/g)) out.push({ iso: m[1], precision: 'year' });
	return out;
}

/**
 * Is this date true for the card's fact according to any source? Compared at the coarser of the two
 * precisions: if another source says only "1925", then "December 1925" may be true too.
 */
export function dateTrueForFact(
	index: FactIndex,
	card: Card,
	iso: string,
	precision: DatePrecision
): boolean {
	return knownDates(index, card).some((known) => {
		const shared = coarser(known.precision, precision);
		return dateKey(known.iso, shared) === dateKey(iso, shared);
	});
}

/** The keys a card's answers are filed under: its fact, and its question as worded. */
function questionKeys(card: Card): string[] {
	return [`fact:${card.factKey}`, `front:${foldText(card.front)}`];
}

/** Every answer (folded) any card gives to this card's fact or to the same question. */
export function knownAnswers(index: FactIndex, card: Card): Set<string> {
	return new Set(questionKeys(card).flatMap((k) => [...(index.answersByFact.get(k) ?? [])]));
}

/** Other cards stating the same fact or asking the same question: their answers are true too. */
export function sameQuestionCards(index: FactIndex, card: Card): QuizCard[] {
	const found = new Set(questionKeys(card).flatMap((k) => index.cardsByQuestion.get(k) ?? []));
	return [...found].filter((c) => c.id !== card.id);
}

/** Every date any card or source gives for this card's fact or question. */
export function knownDates(index: FactIndex, card: Card): KnownDate[] {
	return questionKeys(card).flatMap((k) => index.datesByFact.get(k) ?? []);
}

export interface FactIndex {
	cards: QuizCard[];
	/** Cards by fact and by question as worded (see questionKeys). */
	cardsByQuestion: Map<string, QuizCard[]>;
	people: Map<string, PersonEntry>;
	/** Every (person key, office) pair any card or source states. */
	holdings: { person: string; office: string }[];
	/**
	 * Every date any source gives for a fact (either calendar, at its own precision), by factKey and
	 * by question: two cards asking the same question are both true answers to it.
	 */
	datesByFact: Map<string, KnownDate[]>;
	/** Every answer any card or source gives for a fact or a question (folded), by factKey and question. */
	answersByFact: Map<string, Set<string>>;
	/** Years covered by each deck's dated cards, for plausible date distractors. */
	periodByDeck: Map<string, { from: number; to: number }>;
}

function addPerson(
	index: FactIndex,
	name: string,
	deckId: string,
	role: { heldOffice: boolean; author: boolean },
	counts: Map<string, Map<string, number>>
) {
	// Extraction sometimes takes a phrase for a person: only name-like strings become options.
	if (!looksLikePersonName(name)) return;
	const key = personKey(name);
	if (!key || key.length < 3) return;
	let entry = index.people.get(key);
	if (!entry) {
		entry = { key, name, decks: new Set(), heldOffice: false, author: false, mentions: 0 };
		index.people.set(key, entry);
	}
	entry.decks.add(deckId);
	entry.heldOffice ||= role.heldOffice;
	entry.author ||= role.author;
	entry.mentions += 1;
	const forms = counts.get(key) ?? new Map<string, number>();
	forms.set(name, (forms.get(name) ?? 0) + 1);
	counts.set(key, forms);
}

export function buildFactIndex(cards: readonly QuizCard[]): FactIndex {
	const index: FactIndex = {
		cards: [...cards],
		cardsByQuestion: new Map(),
		people: new Map(),
		holdings: [],
		datesByFact: new Map(),
		answersByFact: new Map(),
		periodByDeck: new Map()
	};
	const nameForms = new Map<string, Map<string, number>>();
	for (const card of cards) {
		for (const key of questionKeys(card)) {
			index.cardsByQuestion.set(key, [...(index.cardsByQuestion.get(key) ?? []), card]);
		}
		const holder = officeHolder(card);
		for (const person of card.people) {
			addPerson(index, person, card.deckId, { heldOffice: person === holder, author: false }, nameForms);
		}
		if (card.author)
			addPerson(index, card.author, card.deckId, { heldOffice: false, author: true }, nameForms);
		if (holder && card.office) index.holdings.push({ person: personKey(holder), office: card.office });
		const answers = new Set<string>();
		answers.add(backKey(card.back));
		for (const conflict of card.conflicts) {
			answers.add(backKey(conflict.back));
			// Another source naming another holder of this post: that person also held it.
			if (card.kind === 'office' && card.office && answerType(card) === 'person') {
				index.holdings.push({ person: personKey(conflict.back), office: card.office });
			}
		}
		for (const key of questionKeys(card)) {
			index.answersByFact.set(key, new Set([...(index.answersByFact.get(key) ?? []), ...answers]));
		}
		if (card.date) {
			const known: KnownDate[] = [];
			const { precision } = card.date;
			for (const iso of new Set([
				card.date.iso,
				gregorianIso(card.date),
				card.date.alt?.iso ?? card.date.iso
			])) {
				known.push({ iso, precision });
			}
			for (const conflict of card.conflicts) known.push(...datesIn(conflict.back));
			for (const key of questionKeys(card)) {
				index.datesByFact.set(key, [...(index.datesByFact.get(key) ?? []), ...known]);
			}
			const year = yearOf(card.date.iso);
			const span = index.periodByDeck.get(card.deckId) ?? { from: year, to: year };
			span.from = Math.min(span.from, year);
			span.to = Math.max(span.to, card.date.endIso ? yearOf(card.date.endIso) : year);
			index.periodByDeck.set(card.deckId, span);
		}
	}
	for (const [key, forms] of nameForms) {
		const entry = index.people.get(key);
		if (!entry) continue;
		// The most common written form, shorter on ties: "Stalin" rather than "J. V. Stalin".
		entry.name = [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0];
	}
	return index;
}

/** Did this person hold (something that may be) this post, according to any card or source? */
export function heldPost(index: FactIndex, person: string, office: string): boolean {
	const keys = personKeys(person);
	return index.holdings.some((h) => keys.includes(h.person) && samePost(h.office, office));
}

/** Posts this person held according to any card or source. */
export function postsHeldBy(index: FactIndex, person: string): string[] {
	const keys = personKeys(person);
	return index.holdings.filter((h) => keys.includes(h.person)).map((h) => h.office);
}

export function kindsOf(cards: readonly Card[]): CardKind[] {
	return [...new Set(cards.map((c) => c.kind))];
}
