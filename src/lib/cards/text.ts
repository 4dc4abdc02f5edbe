/** Small text helpers shared by the card templates, the quality filter and the merge. */

/** Lower-case, fold quotes/dashes/diacritics and collapse punctuation: the key two phrasings share. */
export function normaliseKey(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/'s\b/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/\b(the|a|an|comrade)\b/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

export function capitalise(text: string): string {
	return text.length ? text[0].toUpperCase() + text.slice(1) : text;
}

export function wordCount(text: string): number {
	const words = text.trim().split(/\s+/);
	return words[0] === '' ? 0 : words.length;
}

/** Collapse whitespace and strip trailing sentence punctuation (answers read better without it). */
export function tidyAnswer(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\s,;:]+$/, '')
		// A final full stop goes, but not the one that closes an abbreviation ("the C.C.", "U.S.S.R.").
		.replace(/(?<!(?:^|[\s.])\p{L})\.$/u, '')
		.trim();
}

/** Ensure a statement ends with one full stop. */
export function asSentence(text: string): string {
	const t = text.replace(/\s+/g, ' ').trim();
	return /[.!?]$/.test(t) ? t : `${t}.`;
}

const STOPWORDS = new Set(
	'a an the of in on at to for from by with and or but as is are was were be been being that this these those it its his her their he she they we our us i you which who whom what when where how not no than then so such into upon about over under also has have had do does did will would shall should can could may might must there here'.split(
		' '
	)
);

export function contentWords(text: string): string[] {
	return normaliseKey(text)
		.split(' ')
		.filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

export function isStopword(word: string): boolean {
	return STOPWORDS.has(word.toLowerCase());
}

/** Text to match literally inside a regular expression ("R.C.P.(B.)", "Who?"). */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
