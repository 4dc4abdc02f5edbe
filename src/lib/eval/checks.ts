import type { Card } from '../cards/types';

/**
 * Automated card checks: a proxy for "a teacher would accept this card as it stands". They cannot
 * judge truth or worth, only the defects a machine can see, so the eval also prints a sample to read.
 */
export type Defect =
	| 'quote-not-original'
	| 'letter-spacing'
	| 'broken-hyphenation'
	| 'ellipsis-remnant'
	| 'markdown'
	| 'url'
	| 'line-break'
	| 'unbalanced-brackets'
	| 'unbalanced-quotes'
	| 'thesis-unattributed'
	| 'duplicate-front'
	| 'empty-face'
	| 'answer-in-question'
	| 'dangling-pronoun'
	| 'long-answer';

export const DEFECTS: Defect[] = [
	'quote-not-original',
	'letter-spacing',
	'broken-hyphenation',
	'ellipsis-remnant',
	'markdown',
	'url',
	'line-break',
	'unbalanced-brackets',
	'unbalanced-quotes',
	'thesis-unattributed',
	'duplicate-front',
	'empty-face',
	'answer-in-question',
	'dangling-pronoun',
	'long-answer'
];

/** Longer than this, an answer is a passage to reread, not a fact to recall. */
const LONG_ANSWER = 200;

/** Debris a face can show; each test looks at one face string. */
const FACE_TESTS: [Defect, (face: string) => boolean][] = [
	// "T h e T h i r t e e n t h": four or more single letters separated by spaces.
	['letter-spacing', (f) => /(?<![\p{L}\p{N}])(?:\p{L} ){3,}\p{L}(?![\p{L}\p{N}])/u.test(f)],
	['broken-hyphenation', (f) => /\p{L}-\s*\n/u.test(f) || /\p{Ll}- \p{Ll}/u.test(f)],
	['ellipsis-remnant', (f) => /…|\.\.\./.test(f)],
	// A run of three or more underscores is a cloze gap, not Markdown emphasis.
	[
		'markdown',
		(f) =>
			/\*\*|__|(?:^|\s)\*\S[^*]*\*|^\s*#{1,6}\s|\[[^\]]*\]\([^)]*\)|^\s*[-*+]\s/m.test(
				f.replace(/_{3,}/g, ' ')
			)
	],
	['url', (f) => /https?:\/\/|www\.|\b\w+\.(?:org|com|htm|html)\b/i.test(f)],
	['line-break', (f) => /[\r\n]/.test(f)],
	['unbalanced-brackets', (f) => !bracketsBalanced(f)],
	['unbalanced-quotes', (f) => !quotesBalanced(f)],
	['empty-face', (f) => f.trim().length === 0]
];

function bracketsBalanced(s: string): boolean {
	const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
	const stack: string[] = [];
	for (const ch of s) {
		if (ch === '(' || ch === '[' || ch === '{') stack.push(ch);
		else if (ch in pairs) {
			if (stack.pop() !== pairs[ch]) return false;
		}
	}
	return stack.length === 0;
}

function quotesBalanced(s: string): boolean {
	const opens = (s.match(/“/g) ?? []).length;
	const closes = (s.match(/”/g) ?? []).length;
	if (opens !== closes) return false;
	// Straight double quotes pair up; apostrophes are too ambiguous to count.
	return (s.match(/"/g) ?? []).length % 2 === 0;
}

function surname(name: string): string {
	const parts = name.trim().split(/\s+/);
	// "d'Azeglio" is written with its elided particle on the card: match the name after it.
	return parts[parts.length - 1].replace(/^[dl]['’](?=\p{Lu})/u, '').replace(/[^\p{L}-]/gu, '');
}

/** The original text of a document by the name cards cite it (undefined: unknown document). */
export type OriginalOf = (document: string) => string | undefined;

/** Defects of one card; every source it cites (primary and merged) must quote its original exactly. */
export function cardDefects(card: Card, originalOf: OriginalOf): Defect[] {
	const out = new Set<Defect>();
	for (const { document, quote, start, end } of [card.source, ...(card.sources ?? [])]) {
		const original = originalOf(document);
		if (original === undefined || original.slice(start, end) !== quote) out.add('quote-not-original');
	}
	for (const face of [card.front, card.back]) {
		for (const [defect, test] of FACE_TESTS) if (test(face)) out.add(defect);
	}
	const front = normFront(card.front);
	const back = normFront(card.back);
	// The question gives the answer away ("Who succeeded Lenin? — Lenin"): a whole-word repeat.
	if (back.length >= 4 && ` ${front} `.includes(` ${back} `)) out.add('answer-in-question');
	// "When did he speak?": a pronoun as the subject, with nothing on the card to say who.
	if (
		/^(?:when|who|what|which|where|why|how)\s+(?:did|was|were|is|does|had)\s+(?:he|she|it|they|his|her|its|their)\b/.test(
			front
		)
	)
		out.add('dangling-pronoun');
	if (card.back.length > LONG_ANSWER) out.add('long-answer');
	if (card.kind === 'thesis') {
		const author = card.author ?? card.source.author;
		const named = author && new RegExp(surname(author), 'i').test(`${card.front} ${card.back}`);
		if (!named) out.add('thesis-unattributed');
	}
	return [...out];
}

function normFront(front: string): string {
	return front
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Ids of cards whose front repeats another card's front (every card of a repeated front counts). */
export function duplicateFronts(cards: Card[]): Set<string> {
	const byFront = new Map<string, string[]>();
	for (const c of cards) {
		const k = normFront(c.front);
		byFront.set(k, [...(byFront.get(k) ?? []), c.id]);
	}
	const out = new Set<string>();
	for (const ids of byFront.values()) if (ids.length > 1) for (const id of ids) out.add(id);
	return out;
}

export interface PrecisionReport {
	cards: number;
	clean: number;
	byDefect: Record<Defect, number>;
	defectsOf: Map<string, Defect[]>;
}

/** Runs every check over a set of cards. */
export function precisionReport(
	cards: Card[],
	originalOf: (document: string) => string | undefined
): PrecisionReport {
	const byDefect = Object.fromEntries(DEFECTS.map((d) => [d, 0])) as Record<Defect, number>;
	const dups = duplicateFronts(cards);
	const defectsOf = new Map<string, Defect[]>();
	let clean = 0;
	for (const card of cards) {
		const defects = cardDefects(card, originalOf);
		if (dups.has(card.id)) defects.push('duplicate-front');
		for (const d of defects) byDefect[d]++;
		if (defects.length === 0) clean++;
		defectsOf.set(card.id, defects);
	}
	return { cards: cards.length, clean, byDefect, defectsOf };
}

/**
 * What a card states that its own quote does not show: a year inferred from earlier text, a person
 * resolved from a pronoun. Not defects (the inference is often right), but the places where a wrong
 * card hides, since the student cannot check them against the passage shown.
 */
export type ContextNeed = 'date-outside-quote' | 'person-outside-quote';

export function contextNeeds(card: Card): ContextNeed[] {
	const out: ContextNeed[] = [];
	const quote = card.source.quote;
	if (card.date) {
		const years = [card.date.iso, card.date.alt?.iso]
			.filter((s): s is string => !!s)
			.map((s) => s.slice(0, 4));
		// "1917" or the short forms a source uses ("15. VII. 24", "1918-20").
		const shown = years.some(
			(y) => quote.includes(y) || new RegExp(`(?<!\\d)${y.slice(2)}(?!\\d)`).test(quote)
		);
		if (!shown) out.push('date-outside-quote');
	}
	const faces = `${card.front} ${card.back}`;
	// The author of the work need not appear in the passage: "According to Stalin, …" is its byline.
	const authors = [card.author, card.source.author].filter((a): a is string => !!a).map(surname);
	const hidden = card.people.some((person) => {
		const name = surname(person);
		return name.length > 1 && !authors.includes(name) && faces.includes(name) && !quote.includes(name);
	});
	if (hidden) out.push('person-outside-quote');
	return out;
}
