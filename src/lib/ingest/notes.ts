/**
 * Revision notes write one bullet as a chain of telegraphic clauses joined by arrows: "FRG joined NATO
 * 9 May 1955 → Warsaw Pact signed 14 May 1955". An arrow marks "then" or "so": each side is a statement
 * of its own, with its own date, so the sentence splitter cuts there too.
 */

/** A spaced arrow between two clauses ("A → B", "A -> B", "A => B"); "E→W" inside a phrase is no boundary. */
const ARROW = /\s+(?:→|⇒|->|=>|⟶)\s+/g;

/** Cut sentence ranges of one paragraph further at the arrows between clauses. */
export function splitAtArrows(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	for (const [start, end] of ranges) {
		let from = start;
		for (const m of text.slice(start, end).matchAll(ARROW)) {
			const at = start + (m.index ?? 0);
			if (at > from) out.push([from, at]);
			from = at + m[0].length;
		}
		if (end > from) out.push([from, end]);
	}
	return out.filter(([s, e]) => /[\p{L}\d]/u.test(text.slice(s, e)));
}

/** True when a sentence was cut at an arrow, i.e. it follows ("→ B") the clause before it. */
export function followsArrow(text: string, clauseStart: number): boolean {
	return /(?:→|⇒|->|=>|⟶)\s*$/.test(text.slice(Math.max(0, clauseStart - 4), clauseStart));
}

/**
 * A bullet that opens with a bold or italic name ("**Warsaw Pact** signed …") would be quoted from
 * inside the markup ("Warsaw Pact** signed …"), and one that ends on it ("the word **CONTAINMENT**")
 * would leave it open. Take in the marker whose partner sits inside the sentence, so the quote reads
 * as the student wrote it.
 */
export function widenOverEmphasis(
	original: string,
	span: { start: number; end: number }
): { start: number; end: number } {
	let { start, end } = span;
	const before = /(\*\*|__|\*|_)$/.exec(original.slice(Math.max(0, start - 2), start));
	if (before && original.slice(start, end).includes(before[1])) start -= before[1].length;
	for (const marker of ['**', '__']) {
		const open = original.slice(start, end).split(marker).length % 2 === 0;
		if (open && original.startsWith(marker, end)) end += marker.length;
	}
	return { start, end };
}

/** A legend line: "Abbrevs: CW = Cold War, USSR/SU = Soviet Union, Pres = President". */
export const ABBREVIATION_LEGEND = /^(?:abbrevs?|abbreviations?|abbr|key|legend)\.?\s*[:\-–—]\s*/i;

/**
 * The one-word shortenings a document's legend defines ("Emp = Emperor" → "emp"), lower case: a
 * full stop after one ("Mutsuhito became Emp. 3 Feb 1867") ends no sentence.
 */
export function legendAbbreviations(paragraphs: string[]): Set<string> {
	const out = new Set<string>();
	for (const text of paragraphs.slice(0, 60)) {
		const m = ABBREVIATION_LEGEND.exec(text);
		if (!m) continue;
		for (const entry of text.slice(m[0].length).split(/[,;]\s*/)) {
			const short = /^\s*([\p{L}/]{1,10})\.?\s*=/u.exec(entry)?.[1];
			for (const word of short?.split('/') ?? []) if (word) out.add(word.toLowerCase());
		}
	}
	return out;
}

/** Join sentence ranges cut after a legend's abbreviation ("Emp. | 3 Feb 1867"). */
export function joinAtAbbreviations(
	text: string,
	ranges: Array<[number, number]>,
	abbreviations: Set<string>
): Array<[number, number]> {
	if (abbreviations.size === 0 || ranges.length < 2) return ranges;
	const out: Array<[number, number]> = [];
	for (const range of ranges) {
		const last = out[out.length - 1];
		const word = last && /([\p{L}]+)\.$/u.exec(text.slice(last[0], last[1]))?.[1];
		if (last && word && abbreviations.has(word.toLowerCase())) last[1] = range[1];
		else out.push([range[0], range[1]]);
	}
	return out;
}
