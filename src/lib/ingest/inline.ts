import { type Edit, type Mapped, applyEdits } from './mapped';
import { MONTH_PATTERN } from './lineKinds';
import { type Vocabulary, isCommonWord } from './vocabulary';

/**
 * Cleaning inside a line: URLs, image file names, Markdown and wiki markup, footnote markers, debris
 * left in parentheses, glued words and watermark pieces glued to a word. Deletions keep the offsets of
 * everything that stays, so the map back to the original stays exact.
 */

/** Delete the given [start, end) ranges. */
function deleteRanges(m: Mapped, ranges: Array<[number, number]>): Mapped {
	const edits: Edit[] = ranges
		.filter(([s, e]) => e > s)
		.sort((a, b) => a[0] - b[0])
		.map(([start, end]) => ({ start, end, text: '' }));
	return applyEdits(m, edits);
}

function deleteMatches(m: Mapped, re: RegExp, group = 0): Mapped {
	if (!re.global) throw new Error('deleteMatches needs a global pattern');
	const ranges: Array<[number, number]> = [];
	re.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = re.exec(m.text)) !== null) {
		if (match[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		if (group === 0) ranges.push([match.index, match.index + match[0].length]);
		else if (match[group] !== undefined) {
			const at = match.index + match[0].indexOf(match[group]);
			ranges.push([at, at + match[group].length]);
		}
	}
	return deleteRanges(m, ranges);
}

/** Remove paired markers (**bold**) but keep what they enclose, offsets intact. */
function unwrapPairs(m: Mapped, re: RegExp, markerLength: number): Mapped {
	const ranges: Array<[number, number]> = [];
	re.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = re.exec(m.text)) !== null) {
		const s = match.index;
		const e = s + match[0].length;
		ranges.push([s, s + markerLength], [e - markerLength, e]);
	}
	return deleteRanges(m, ranges);
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
// Bounded parts, so a long dotted token cannot make the pattern backtrack quadratically.
const BARE_DOMAIN =
	/\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,5}\.(?:org|com|net|info|edu|gov|ru|uk|de|io)\b(?:\/\S*)?/gi;
const DANGLING_SOURCE = /[\s,;:]*\b(?:retrieved from|available at|source:?|url:?)\s*[.:]?\s*$/i;
const IMAGE_NAME = /(?:\b\p{L}{1,20}:)?[^\s:]{1,200}\.(?:jpe?g|png|gif|svg|webp|tiff?|bmp)\b/giu;
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|svg|webp|tiff?|bmp)\b/i;
/** A footnote glued after its marker at a line end, signed as editions sign them: "bourgeois* My italics.—J. St." */
const GLUED_FOOTNOTE =
	/(?<=\S)\*{1,3}\s+[^*]{2,200}?\s-\s(?:Tr|Eds?|\p{Lu}\.(?:\s?\p{Lu}\p{Ll}{0,3}\.)?)\.?$/gu;
const BOLD = /\*\*(?=\S)[^*]+?\*\*|__(?=\S)[^_]+?__/g;
const ITALIC = /(?<![\w*])\*(?=[^\s*])[^*]*?[^\s*]\*(?![\w*])|(?<![\w_])_(?=[^\s_])[^_]*?[^\s_]_(?![\w_])/g;
/** "[Branko Lazitch …, Stanford, CA: Hoover Institution Press, 1986; pp. 204-205.]": a reference, not text. */
const BRACKETED_CITATION = / ?\[(?=[^\][]{0,400}?(?:\b1[5-9]\d\d\b|\b20\d\d\b|\bpp?\.))[^\][]{12,400}\]/g;
const WIKI_EMPHASIS = /'{2,3}/g;
const MD_LINK = /\[([^\]]+)\]\([^)\s]+\)/g;
const NOTE_REF = /\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+/g;
const GLUED_NOTE_NUMBER =
	/(?<=\p{Ll}{2}[.,;:!?"')\]]?)(?<!\b(?:pp?|vol|no|nos|art|ch|sec|fig)\.)\d{1,3}(?!\d)(?=[\s.,;:)]|$)/gu;
const NOTE_ASTERISK = /(?<=[\p{L}\d.,;:!?"')])\*{1,3}(?=[\s.,;:!?)]|$)/gu;
/** " 2 " after a word: an endnote number set off by spaces, as PDF text of scholarly editions has it. */
const SPACED_NOTE_NUMBER = / \d{1,2}(?= \p{Ll}| ?[.,;:)](?!\d)|$)/gu;
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Ll}{4,})$/u;
const COUNTING_WORDS = new Set(
	(
		'page pages chapter chapters volume volumes number numbers point points paragraph paragraphs article ' +
		'articles section sections item items part parts aged years year times over than some about nearly ' +
		'only least under within after before since until from into with were have each every almost around ' +
		'roughly approximately those these total minus plus more less just exactly lasted last first next'
	).split(' ')
);
const EMPTY_PARENS = / ?\((?:\s|[,;:-])*\)/g;
const PAREN_LEADING_DEBRIS = /(?<=\()(?:\s|[,;:-])+(?=[^\s,;:)-])/g;
const GLUED_PUNCT = /(?<=[\p{Ll}\d][,;])(?=\p{L})/gu;
const SPACE_BEFORE_PUNCT = / +(?=[,;](?:\s|$))/g;
const SPACED_DIGITS_AFTER_MONTH = new RegExp(`(?<=\\b${MONTH_PATTERN} )\\d(?: \\d)+\\b`, 'g');
const SPACED_YEAR = /(?<=, )\d \d \d \d\b/g;
const CAPITALISED_WORD = /\b\p{Lu}\p{Ll}{3,}\b/gu;
const GLUED_PREFIXES = (
	'Please Their There Later That This Here They When What Her His Our Its The And But For She We He It In Is ' +
	'At On By As To Of'
).split(' ');
const HAS_NOTE_CHARS = /[\d\u00b9\u00b2\u00b3\u2070-\u2079]/;
const MULTI_SPACE_EXTRA = /(?<= ) +/g;

export interface InlineResult {
	m: Mapped;
	/** A watermark glued to the last word was cut: the word goes on at the start of the next line. */
	brokenWord: boolean;
}

export function cleanInline(line: Mapped, vocab: Vocabulary, watermarkWords: Set<string>): InlineResult {
	let m = line;
	let brokenWord = false;
	if (watermarkWords.size) {
		const tail = /(?<=\p{Ll})(\p{Lu}{4,})$/u.exec(m.text);
		if (tail && watermarkWords.has(tail[1])) {
			m = deleteRanges(m, [[tail.index, m.text.length]]);
			brokenWord = true;
		}
	}
	if (m.text.includes('.')) {
		m = deleteMatches(m, URL);
		if (IMAGE_EXTENSION.test(m.text)) m = deleteMatches(m, IMAGE_NAME);
		m = deleteMatches(m, BARE_DOMAIN);
		const dangling = DANGLING_SOURCE.exec(m.text);
		if (dangling && dangling.index < m.text.length && /https?:|www\.|\.\w{2,4}\b/i.test(line.text))
			m = deleteRanges(m, [[dangling.index, m.text.length]]);
	}
	if (m.text.includes('*')) m = deleteMatches(m, GLUED_FOOTNOTE);
	if (m.text.includes('*') || m.text.includes('_')) {
		m = unwrapPairs(m, BOLD, 2);
		m = unwrapPairs(m, ITALIC, 1);
		m = deleteMatches(m, NOTE_ASTERISK);
	}
	if (m.text.includes("''")) m = deleteMatches(m, WIKI_EMPHASIS);
	if (m.text.includes('[')) m = deleteMatches(m, BRACKETED_CITATION);
	if (m.text.includes('](')) m = unwrapLinks(m);
	if (HAS_NOTE_CHARS.test(m.text)) {
		m = deleteMatches(m, NOTE_REF);
		m = deleteMatches(m, GLUED_NOTE_NUMBER);
		m = deleteSpacedNoteNumbers(m);
	}
	if (m.text.includes('(')) {
		m = deleteMatches(m, EMPTY_PARENS);
		m = deleteMatches(m, PAREN_LEADING_DEBRIS);
	}
	if (/\d \d/.test(m.text)) {
		m = deleteSpacesWithin(m, SPACED_DIGITS_AFTER_MONTH);
		m = deleteSpacesWithin(m, SPACED_YEAR);
	}
	m = deleteMatches(m, SPACE_BEFORE_PUNCT);
	m = insertSpaces(m, matchPositions(m.text, GLUED_PUNCT));
	m = splitGluedFunctionWords(m, vocab);
	m = splitCamelGlue(m, vocab);
	m = deleteMatches(m, MULTI_SPACE_EXTRA);
	return { m, brokenWord };
}

function unwrapLinks(m: Mapped): Mapped {
	const ranges: Array<[number, number]> = [];
	MD_LINK.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = MD_LINK.exec(m.text)) !== null) {
		const s = match.index;
		const textEnd = s + 1 + match[1].length;
		ranges.push([s, s + 1], [textEnd, s + match[0].length]);
	}
	return deleteRanges(m, ranges);
}

function deleteSpacedNoteNumbers(m: Mapped): Mapped {
	const ranges: Array<[number, number]> = [];
	SPACED_NOTE_NUMBER.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = SPACED_NOTE_NUMBER.exec(m.text)) !== null) {
		const word = WORD_BEFORE.exec(m.text.slice(Math.max(0, match.index - 30), match.index));
		if (word && !COUNTING_WORDS.has(word[1])) ranges.push([match.index, match.index + match[0].length]);
	}
	return deleteRanges(m, ranges);
}

function matchPositions(text: string, re: RegExp): number[] {
	const out: number[] = [];
	re.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = re.exec(text)) !== null) {
		out.push(match.index + match[0].length);
		if (match[0].length === 0) re.lastIndex++;
	}
	return out;
}

/** Insert a space before each position; it maps to the character it precedes. */
function insertSpaces(m: Mapped, positions: number[]): Mapped {
	return applyEdits(
		m,
		positions.map((p) => ({ start: p, end: p, text: ' ' }))
	);
}

function deleteSpacesWithin(m: Mapped, re: RegExp): Mapped {
	const ranges: Array<[number, number]> = [];
	re.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = re.exec(m.text)) !== null) {
		for (let k = 0; k < match[0].length; k++)
			if (match[0][k] === ' ') ranges.push([match.index + k, match.index + k + 1]);
	}
	return deleteRanges(m, ranges);
}

/**
 * "Wesee" → "We see", "Thepeasant" → "The peasant": a capitalised function word glued to a word the
 * document uses elsewhere, where the glued form itself is unknown. Short prefixes only split off the
 * commonest words, so "Income" or "Isle" stay whole.
 */
function splitGluedFunctionWords(m: Mapped, vocab: Vocabulary): Mapped {
	const positions: number[] = [];
	CAPITALISED_WORD.lastIndex = 0;
	let x: RegExpExecArray | null;
	while ((x = CAPITALISED_WORD.exec(m.text)) !== null) {
		const whole = x[0];
		if (vocab.count(whole) > 1 || isCommonWord(whole)) continue;
		for (const prefix of GLUED_PREFIXES) {
			if (!whole.startsWith(prefix) || whole.length - prefix.length < 2) continue;
			const rest = whole.slice(prefix.length);
			const restKnown = prefix.length >= 3 && rest.length >= 3 && vocab.count(rest) >= 1;
			// "Lateran" is no "Later an": a glued article ends many names, a glued "is" or "to" none.
			if (restKnown || (isCommonWord(rest) && !/^(?:a|an)$/i.test(rest))) {
				positions.push(x.index + prefix.length);
				break;
			}
		}
	}
	return insertSpaces(m, positions);
}

const CAMEL_GLUE = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2,})/gu;
const WORD_AROUND = /\p{L}+$/u;

/** "PolitburoKalinin" → "Politburo Kalinin": two words the document knows, glued where a dash was lost. */
function splitCamelGlue(m: Mapped, vocab: Vocabulary): Mapped {
	if (!/[a-z\u00df-\u00ff][A-Z\u00c0-\u00de][a-z]/.test(m.text)) return m;
	const positions: number[] = [];
	for (const p of matchPositions(m.text, CAMEL_GLUE)) {
		const left = WORD_AROUND.exec(m.text.slice(Math.max(0, p - 40), p))?.[0] ?? '';
		const right = /^\p{L}+/u.exec(m.text.slice(p, p + 40))?.[0] ?? '';
		if (!/^\p{Lu}?\p{Ll}+$/u.test(left)) continue; // "McDonald", "iPhone" keep their shape
		if (vocab.count(left + right) > 1) continue;
		if (vocab.count(left) >= 2 && vocab.count(right) >= 2) positions.push(p);
	}
	return insertSpaces(m, positions);
}
