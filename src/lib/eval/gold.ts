import type { Card, CardKind } from '../cards/types';

/**
 * How a card is recognised as teaching a gold fact. Written loosely on purpose: the gold set
 * must not dictate wording, only the substance a teacher would check for.
 */
export interface GoldAccept {
	/**
	 * Dates the card must carry, every entry required (for an office, only if the card gives a date
	 * at all: "Who succeeded Sverdlov as chairman?" teaches the post without its year). An entry is an ISO prefix ("1924-01-21",
	 * "1922-04", "1922"); alternatives are separated by "|" ("1875-11-19|1875-11-07").
	 * A card carries a date if its structured date (iso, alt or end) starts with it, or its faces
	 * spell it out (year, month name, day).
	 */
	iso?: string[];
	/**
	 * Patterns that must all appear on front+back, each a case-insensitive regular expression
	 * matched at word starts ("Lenin", "die|died|death", "general secretar").
	 */
	terms?: string[];
	/** For theses: the author's surname, found in card.author, source.author or on the faces. */
	author?: string;
}

export interface GoldFact {
	id: string;
	/** File name of the document the fact is taken from. */
	document: string;
	kind: CardKind;
	/** The question as a teacher would ask it. */
	question: string;
	/** The canonical answer. */
	answer: string;
	accept: GoldAccept;
	/** A short exact substring of the document that proves the fact. */
	quote: string;
	/** Why the fact is interesting (a disagreement, a dual date, a slip in the notes). */
	note?: string;
	/** Id of a gold fact from another document that answers the same question differently. */
	disagreesWith?: string;
}

const MONTHS = [
	'jan(?:uary|\\.)?',
	'feb(?:ruary|\\.)?',
	'mar(?:ch|\\.)?',
	'apr(?:il|\\.)?',
	'may',
	'june?',
	'july?',
	'aug(?:ust|\\.)?',
	'sep(?:t(?:ember|\\.)?|\\.)?',
	'oct(?:ober|\\.)?',
	'nov(?:ember|\\.)?',
	'dec(?:ember|\\.)?'
];

/** Normalise the faces for matching: one line, plain quotes and dashes, no accents' variants. */
export function cardText(card: Pick<Card, 'front' | 'back'>): string {
	return `${card.front} \n ${card.back}`
		.normalize('NFKC')
		.replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ')
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s+/g, ' ');
}

function termRegex(term: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${term})`, 'iu');
}

/** Does the text spell out the date given by an ISO prefix ("1924-01-21" → 21 January 1924)? */
export function textHasDate(text: string, iso: string): boolean {
	const [y, m, d] = iso.split('-');
	if (!y || !termRegex(`${y}(?!\\d)`).test(text)) return false;
	if (!m) return true;
	const month = MONTHS[Number(m) - 1];
	if (!month) return false;
	if (!d) return termRegex(month).test(text);
	const day = String(Number(d));
	// "21 January 1924", "January 21, 1924", "21st of January"
	return (
		termRegex(`0?${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}`).test(text) ||
		termRegex(`${month}\\s+0?${day}(?!\\d)`).test(text)
	);
}

function cardHasDate(card: Card, text: string, iso: string): boolean {
	const structured = [card.date?.iso, card.date?.alt?.iso, card.date?.endIso];
	return structured.some((s) => s !== undefined && s.startsWith(iso)) || textHasDate(text, iso);
}

function cardCarriesAnyDate(card: Card, text: string): boolean {
	return card.date !== undefined || /(?<!\d)(?:1[0-9]{3}|20[0-9]{2})(?!\d)/.test(text);
}

/** The basename of a document path, so "cards/sources/x.txt" and "x.txt" compare equal. */
export function documentName(path: string): string {
	const parts = path.split(/[\\/]/);
	return parts[parts.length - 1];
}

function cardDocuments(card: Card): string[] {
	const all = [card.source, ...(card.sources ?? [])].map((s) => documentName(s.document));
	return [...new Set(all)];
}

/**
 * How many of the fact's rules a card satisfies (kind and document aside). Used to match, and to
 * show developers the nearest card to a missed fact.
 */
export function rulesSatisfied(
	fact: GoldFact,
	card: Card
): { passed: number; total: number; failed: string[] } {
	const text = cardText(card);
	const { iso = [], terms = [], author } = fact.accept;
	const failed: string[] = [];
	// An office card teaches who held which post; its date is optional, but a different date is wrong.
	const dateOptional = fact.kind === 'office' && !cardCarriesAnyDate(card, text);
	for (const entry of iso) {
		if (dateOptional) continue;
		if (!entry.split('|').some((alt) => cardHasDate(card, text, alt))) failed.push(`date ${entry}`);
	}
	for (const term of terms) {
		if (!termRegex(term).test(text)) failed.push(`"${term}"`);
	}
	if (author) {
		const who = termRegex(author);
		const named = [card.author, card.source.author, text].some((s) => s !== undefined && who.test(s));
		if (!named) failed.push(`author ${author}`);
	}
	const total = iso.length + terms.length + (author ? 1 : 0);
	return { passed: total - failed.length, total, failed };
}

/** Is the card of the fact's kind and drawn (at least in part) from the fact's document? */
export function cardInScope(fact: GoldFact, card: Card): boolean {
	return card.kind === fact.kind && cardDocuments(card).includes(documentName(fact.document));
}

/** Is this card a statement of the gold fact? Kind and document must agree, then every rule. */
export function cardMatchesGold(fact: GoldFact, card: Card): boolean {
	return cardInScope(fact, card) && rulesSatisfied(fact, card).failed.length === 0;
}

/** The in-scope card that satisfies most of a fact's rules, for reading why a fact was missed. */
export function nearestCard(fact: GoldFact, cards: Card[]): { card: Card; failed: string[] } | undefined {
	let best: { card: Card; failed: string[]; passed: number } | undefined;
	for (const card of cards) {
		if (!cardInScope(fact, card)) continue;
		const r = rulesSatisfied(fact, card);
		if (r.passed > 0 && (!best || r.passed > best.passed))
			best = { card, failed: r.failed, passed: r.passed };
	}
	return best && { card: best.card, failed: best.failed };
}

export interface GoldResult {
	fact: GoldFact;
	/** Ids of the cards that state the fact (empty: missed). */
	matches: string[];
}

export function matchGold(facts: GoldFact[], cards: Card[]): GoldResult[] {
	return facts.map((fact) => ({
		fact,
		matches: cards.filter((card) => cardMatchesGold(fact, card)).map((c) => c.id)
	}));
}

export interface Recall {
	recalled: number;
	total: number;
}

export function recallBy(results: GoldResult[], key: (r: GoldResult) => string): Map<string, Recall> {
	const out = new Map<string, Recall>();
	for (const r of results) {
		const k = key(r);
		const acc = out.get(k) ?? { recalled: 0, total: 0 };
		acc.total++;
		if (r.matches.length > 0) acc.recalled++;
		out.set(k, acc);
	}
	return out;
}

/** Checks a gold file's shape and returns its facts; throws with the offending id otherwise. */
export function parseGold(json: unknown, origin: string): GoldFact[] {
	if (!Array.isArray(json)) throw new Error(`${origin}: expected an array of gold facts`);
	const kinds: CardKind[] = ['date', 'office', 'thesis'];
	return json.map((raw, i) => {
		const f = raw as GoldFact;
		const where = `${origin}[${i}] ${f?.id ?? ''}`;
		if (typeof f?.id !== 'string' || typeof f.document !== 'string') throw new Error(`${where}: id/document`);
		if (!kinds.includes(f.kind)) throw new Error(`${where}: kind`);
		if (typeof f.question !== 'string' || typeof f.answer !== 'string') throw new Error(`${where}: q/a`);
		if (typeof f.quote !== 'string' || f.quote.length === 0) throw new Error(`${where}: quote`);
		if (typeof f.accept !== 'object' || f.accept === null) throw new Error(`${where}: accept`);
		for (const t of f.accept.terms ?? []) termRegex(t);
		return f;
	});
}

/**
 * Is a disagreement between two documents shown to the student? Yes if some card states one side
 * and records the other document among its conflicts (or cites both documents, e.g. a card whose
 * answer gives both years).
 */
export function disagreementShown(a: GoldFact, b: GoldFact, cards: Card[]): boolean {
	const other = documentName(b.document);
	return cards.some(
		(card) =>
			cardMatchesGold(a, card) &&
			(card.conflicts.some((c) => documentName(c.source.document) === other) ||
				cardDocuments(card).includes(other))
	);
}
