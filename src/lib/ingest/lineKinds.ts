/** Small predicates on single (trimmed, normalised) lines, shared by the line-level cleaners. */

const MONTH =
	'(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
export const MONTH_PATTERN = MONTH;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:\\(\\d{1,2}\\))?)?(?:\\s*-\\s*\\d{1,2})?';
const YEAR = '\\d{4}';
/** A line that is only a date: "January 21", "July 1-3", "3 June 1946", "May 1922", "1924". */
const DATE_LINE = new RegExp(
	`^(?:${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?|${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?|${MONTH},?\\s+${YEAR}|${MONTH}|${YEAR}(?:\\s*-\\s*${YEAR})?)\\.?$`,
	'i'
);

export function isDateLine(text: string): boolean {
	return text.length <= 40 && DATE_LINE.test(text);
}

export function letterCount(text: string): number {
	let n = 0;
	for (const ch of text) if (/\p{L}/u.test(ch)) n++;
	return n;
}

/** Mostly upper-case letters: section titles, running headers, watermarks. */
export function isCapsLine(text: string): boolean {
	let upper = 0;
	let lower = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 65 && c <= 90) upper++;
		else if (c >= 97 && c <= 122) lower++;
		else if (c > 127) {
			const ch = text[i];
			const up = ch.toUpperCase();
			const low = ch.toLowerCase();
			if (up !== low) {
				if (ch === up) upper++;
				else lower++;
			}
		}
	}
	return upper >= 2 && upper >= 4 * lower;
}

export function wordCount(text: string): number {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const space = c === 32 || c === 9 || c === 10 || c === 13;
		if (!space && !inWord) n++;
		inWord = !space;
	}
	return n;
}

export const ROMAN_NUMERAL = /^(?=[IVXLC])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})\.?$/;

export function isRomanNumeral(text: string): boolean {
	return ROMAN_NUMERAL.test(text);
}

/** Ends a sentence (or a clause a new line may follow): the line before a title or a new paragraph. */
export function endsSentence(text: string): boolean {
	return /[.!?:;"')\]]$/.test(text);
}

/** Looks like running prose: starts a sentence and has some length. */
export function isProse(text: string): boolean {
	return (
		/^[\s"'(.[]*[\p{Lu}\d]/u.test(text) && !isCapsLine(text) && (wordCount(text) >= 5 || text.length >= 35)
	);
}

/** Letters only, lower case: how repeated lines (headers) are recognised despite page numbers and spacing. */
export function headerKey(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}]/gu, '');
}

export const BULLET = /^(?:[-*+\u2022\u2023\u25e6\u25aa\u25cf\u2043]|\d{1,2}[.)]|[a-z]\))\s*(?=\S)/;
export function isBulletLine(text: string): boolean {
	// "- item", "* item", "1) item", "a) item", "1.Kalinin" — not "1924." or a lone dash.
	return /^(?:[-*+\u2022\u2023\u25e6\u25aa\u25cf\u2043]\s+\S|\d{1,2}[.)]\s*\p{L}|[a-z]\)\s+\S)/u.test(text);
}
