import type { Mapped } from './mapped';
import { isCommonWord } from './vocabulary';
import {
	headerKey,
	isBulletLine,
	isCapsLine,
	isDateLine,
	isProse,
	isRomanNumeral,
	wordCount
} from './lineKinds';

/**
 * Line-level cleaning: decide which whole lines are not part of the text — page numbers, running
 * headers, watermarks, separators, image file names, tables of contents, caption and category lists,
 * footnotes, encyclopedia glosses. Every rule looks at shape and repetition, never at known strings.
 */

export type DropReason =
	| 'page-number'
	| 'separator'
	| 'header'
	| 'watermark'
	| 'image'
	| 'citation'
	| 'footnote'
	| 'contents'
	| 'labels'
	| 'gloss'
	| 'markup';

export interface Line {
	/** Trimmed line, letter-spacing already undone. */
	m: Mapped;
	blank: boolean;
	drop: DropReason | null;
	/** A separator stood here: the paragraph must end even if the sentence looks unfinished. */
	hardBreak: boolean;
	/** The line follows a removed gloss: its first letters may finish the word before the gloss. */
	afterGloss: boolean;
}

export interface BoilerplateResult {
	/** Upper-case words of the watermark, to strip where one is glued to a word ("JanuCOMMERCIAL"). */
	watermarkWords: Set<string>;
	/** Running headers that were dropped (their cleaned text), e.g. an author's name on every page. */
	runningHeaders: string[];
}

const PAGE_NUMBER = /^(?:page\s+)?[-([]?\s*\d{1,4}\s*[-)\]]?$/i;
/** A front-matter page number alone on its line: "iii", "xiv" (lower-case Roman numerals, up to 39). */
const ROMAN_PAGE_NUMBER = /^x{0,3}(?:ix|iv|v?i{0,3})$/;
const PAGE_REFERENCE = /^pp?\.\s*\d+(?:\s*-\s*\d+)?\.?$/;
const IMAGE_FILE = /\S\.(?:jpe?g|png|gif|svg|webp|tiff?|bmp)\b/i;
const WIKI_TEMPLATE = /^(?:\{\{|\}\}|\[\[(?:Category|File|Image):)/i;
// One optional space before each leader dot keeps the pattern unambiguous (no exponential backtracking).
const CONTENTS_LINE = /^\S.{1,90}?(?: ?\.){2,} *\d{1,4}$|^\p{Lu}.{2,80}?\s\d{1,4}$/u;
const WINDOW = 25;

export function markBoilerplate(lines: Line[]): BoilerplateResult {
	markSimpleLines(lines);
	markFootnoteLines(lines);
	const runningHeaders = markRunningHeaders(lines);
	const watermarkWords = markWatermarks(lines);
	markContents(lines);
	markGlosses(lines);
	markLabelRuns(lines);
	markReferenceTail(lines);
	return { watermarkWords, runningHeaders };
}

function textOf(line: Line): string {
	return line.m.text;
}

function live(line: Line | undefined): boolean {
	return !!line && !line.blank && !line.drop;
}

function prevLive(lines: Line[], i: number): Line | undefined {
	for (let k = i - 1; k >= 0; k--) if (live(lines[k])) return lines[k];
	return undefined;
}

function nextLive(lines: Line[], i: number): Line | undefined {
	for (let k = i + 1; k < lines.length; k++) if (live(lines[k])) return lines[k];
	return undefined;
}

/** Standing where a title stands: after a finished sentence (or at the start) and before prose. */
function isTitlePlaced(lines: Line[], i: number, allowDateline = true): boolean {
	const prev = prevLive(lines, i);
	let next = nextLive(lines, i);
	// A dateline may stand between a title and its text ("REPLY TO THE DISCUSSION / January 18 / Comrades, …").
	for (let k = i + 1; allowDateline && next && isDateLine(textOf(next)) && k < lines.length; k++) {
		if (lines[k] === next) next = nextLive(lines, k);
	}
	const prevOk = !prev || !/[\p{Ll},-]$/u.test(textOf(prev));
	return prevOk && !!next && isProse(textOf(next)) && !isShortCaps(textOf(next));
}

export function isShortCaps(text: string): boolean {
	return (
		text.length <= 24 &&
		wordCount(text) <= 3 &&
		isCapsLine(text) &&
		!/\d/.test(text) &&
		!/[.,;:!]$/.test(text) &&
		!isRomanNumeral(text)
	);
}

function markSimpleLines(lines: Line[]): void {
	// A bracketed reference broken over a few lines: "[Branko Lazitch … Edition.\nStanford, CA: … pp. 204-205.]"
	for (let i = 0; i < lines.length; i++) {
		const t = textOf(lines[i]);
		if (!t.startsWith('[') || t.includes(']')) continue;
		for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
			const u = textOf(lines[k]);
			if (lines[k].blank || u.includes('[')) break;
			if (u.endsWith(']')) {
				for (let g = i; g <= k; g++) lines[g].drop = 'citation';
				break;
			}
		}
	}
	for (const line of lines) {
		if (line.drop) continue;
		if (line.blank) continue;
		const t = textOf(line);
		if (PAGE_NUMBER.test(t) || PAGE_REFERENCE.test(t) || (t !== '' && ROMAN_PAGE_NUMBER.test(t)))
			line.drop = 'page-number';
		else if (!/[\p{L}\d]/u.test(t) && !/^[.,;:!?)\]"']+$/.test(t)) {
			line.drop = 'separator';
			line.hardBreak = true;
		} else if (WIKI_TEMPLATE.test(t)) line.drop = 'markup';
		else if (IMAGE_FILE.test(t) && wordCount(t) <= 12 && !/[.!?]\s/.test(t)) line.drop = 'image';
		else if (/^\[[^\]]{3,}\]$/.test(t)) line.drop = 'citation';
		else if (/^\(\s*[^()]{0,30}\b\d{4}\s*\)\.?$/.test(t)) line.drop = 'citation'; // "(23 February 2018)": an access date
	}
}

/**
 * "* Russian Telegraph Agency.—Tr." at a page foot: a line opening with an asterisk is a footnote when
 * the text uses asterisk markers ("Rosta*"); in a Markdown document it is a bullet instead.
 */
function markFootnoteLines(lines: Line[]): void {
	let markers = 0;
	for (const line of lines) {
		const t = textOf(line);
		if (!t.includes('*') || /^\*\s/.test(t)) continue;
		const stars = t.split('*').length - 1;
		if (stars % 2 === 1 && /\p{L}[.,;:]?\*(?!\*)/u.test(t)) markers++;
	}
	if (markers === 0) return;
	for (const line of lines) {
		if (line.blank || line.drop) continue;
		const t = textOf(line);
		const bold = /^\*\*\S/.test(t) && t.indexOf('**', 2) > 0;
		if (/^\*{1,3}\s*\p{L}/u.test(t) && !bold) line.drop = 'footnote';
	}
}

/** Upper-case or letter-spaced lines repeated through the document: running heads ("J. V. STALIN"). */
function markRunningHeaders(lines: Line[]): string[] {
	const groups = new Map<string, number[]>();
	lines.forEach((line, i) => {
		if (!live(line)) return;
		const t = textOf(line);
		if (t.length > 60 || !isCapsLine(t) || /[.!?:;,]$/.test(t)) return;
		if (isRomanNumeral(t)) return;
		// A running head stands alone between body lines; a line of a multi-line title or refrain does not.
		const prev = prevLive(lines, i);
		const next = nextLive(lines, i);
		if ((prev && isCapsLine(textOf(prev))) || (next && isCapsLine(textOf(next)))) return;
		const key = headerKey(t);
		if (key.length < 4) return;
		const list = groups.get(key);
		if (list) list.push(i);
		else groups.set(key, [i]);
	});
	const headers: string[] = [];
	for (const idx of groups.values()) {
		if (idx.length < 2) continue;
		if (isShortCaps(textOf(lines[idx[0]])) && idx.length < 3) continue; // left to the watermark rule
		const misplaced = idx.filter((i) => !isTitlePlaced(lines, i));
		if (idx.length < 3 && misplaced.length === 0) continue; // the same title used twice
		headers.push(textOf(lines[idx[0]]));
		// The first occurrence may be the real title the running head repeats.
		const keepFirst = isTitlePlaced(lines, idx[0]);
		idx.forEach((i, n) => {
			if (n === 0 && keepFirst) return;
			if (idx.length < 3 && !misplaced.includes(i)) return;
			lines[i].drop = 'header';
		});
	}
	return headers;
}

/**
 * Watermarks ("FROM MARX / TO / MAO") are short upper-case fragments spliced between the lines of a
 * sentence, repeated through the document. A fragment is confirmed when it recurs with the same
 * neighbouring fragment elsewhere (the phrase repeats) or recurs out of any title position; fragments
 * right next to a confirmed one go with it.
 */
function markWatermarks(lines: Line[]): Set<string> {
	interface Fragment {
		line: number;
		key: string;
		glued: boolean;
	}
	const fragments: Fragment[] = [];
	lines.forEach((line, i) => {
		if (!live(line)) return;
		const t = textOf(line);
		if (isShortCaps(t)) fragments.push({ line: i, key: headerKey(t), glued: false });
		const glued = /\p{Ll}(\p{Lu}{4,})$/u.exec(t);
		if (glued) fragments.push({ line: i, key: glued[1].toLowerCase(), glued: true });
	});
	const confirmed = new Set<string>();
	// Same fragment twice, once out of title position.
	const byKey = new Map<string, Fragment[]>();
	for (const f of fragments) {
		const list = byKey.get(f.key);
		if (list) list.push(f);
		else byKey.set(f.key, [f]);
	}
	for (const [key, list] of byKey) {
		if (list.length >= 2 && list.some((f) => f.glued || !isTitlePlaced(lines, f.line))) confirmed.add(key);
	}
	// Same pair of fragments near each other in two places.
	const pairPlaces = new Map<string, number[]>();
	for (let a = 0; a < fragments.length; a++) {
		for (let b = a + 1; b < fragments.length && fragments[b].line - fragments[a].line <= WINDOW; b++) {
			if (fragments[a].key === fragments[b].key) continue;
			const pair = [fragments[a].key, fragments[b].key].sort().join('|');
			const places = pairPlaces.get(pair) ?? [];
			if (!places.length || fragments[a].line - places[places.length - 1] > WINDOW)
				places.push(fragments[a].line);
			pairPlaces.set(pair, places);
		}
	}
	const byPair = new Set<string>();
	for (const [pair, places] of pairPlaces) {
		if (places.length >= 2) for (const k of pair.split('|')) byPair.add(k);
	}
	for (const k of byPair) confirmed.add(k);

	const words = new Set<string>();
	if (confirmed.size === 0) return words;
	const dropped: number[] = [];
	for (const f of fragments) {
		if (f.glued || !confirmed.has(f.key)) continue;
		// A heading repeated once as a running head ("PREFACE"): the first, in title position, is the title.
		const first = byKey.get(f.key)?.find((g) => !g.glued) === f;
		if (first && !byPair.has(f.key) && isTitlePlaced(lines, f.line)) continue;
		lines[f.line].drop = 'watermark';
		dropped.push(f.line);
	}
	// Neighbours of a confirmed fragment: unconfirmed pieces of the same phrase ("MAO", "DISTRIBUTION").
	const distance = distanceToMarked(lines.length, dropped);
	for (const f of fragments) {
		if (f.glued || lines[f.line].drop) continue;
		const near = distance[f.line] <= 15;
		const adjacent = distance[f.line] <= 1;
		if (near && (adjacent || !isTitlePlaced(lines, f.line, false))) {
			lines[f.line].drop = 'watermark';
			dropped.push(f.line);
		}
	}
	for (const i of dropped) for (const w of textOf(lines[i]).split(/\s+/)) words.add(w.toUpperCase());
	for (const k of confirmed) words.add(k.toUpperCase());
	return words;
}

/** For every line, how far the nearest marked line is (two linear sweeps). */
function distanceToMarked(n: number, marked: number[]): Int32Array {
	const d = new Int32Array(n).fill(1 << 30);
	for (const i of marked) d[i] = 0;
	for (let i = 1; i < n; i++) d[i] = Math.min(d[i], d[i - 1] + 1);
	for (let i = n - 2; i >= 0; i--) d[i] = Math.min(d[i], d[i + 1] + 1);
	return d;
}

/** Tables of contents: three or more lines in a row ending in a page number. */
function markContents(lines: Line[]): void {
	let run: number[] = [];
	const flush = () => {
		if (run.length >= 3) for (const i of run) lines[i].drop = 'contents';
		run = [];
	};
	lines.forEach((line, i) => {
		if (line.blank) return;
		if (line.drop) return;
		const t = textOf(line);
		const last = t.charCodeAt(t.length - 1);
		const contents =
			last >= 48 &&
			last <= 57 &&
			((CONTENTS_LINE.test(t) && !isDateLine(t) && !/\d{4}$/.test(t)) || /\.{3,}\s*\d{1,4}$/.test(t));
		if (contents) run.push(i);
		else flush();
	});
	flush();
}

/**
 * Encyclopedia dumps splice the summary of each linked article after the link text: an anchor line
 * ("Politburo"), then one or more summary lines ending in "..." that restate the anchor ("A politburo
 * () or political bureau is ..."). Drop the summary; the anchor stays in the sentence.
 */
function markGlosses(lines: Line[]): void {
	// Compared by stem, so "Bolshevik" finds "The Bolsheviks, led by …".
	const stem = (w: string) => w.replace(/(?:'s|es|s)$/, '');
	const words = (t: string) =>
		new Set(
			(t.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => w.length >= 4 || !isCommonWord(w)).map(stem)
		);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (!live(line) || !/(?:\.\.\.|\u2026)$/.test(textOf(line))) continue;
		for (let k = i; k >= Math.max(1, i - 4); k--) {
			const anchor = lines[k - 1];
			if (!live(anchor) || (k < i && lines[k].blank)) break;
			const a = textOf(anchor);
			// The anchor is link text: short, not a bullet; the summary under it is long prose.
			if (a.length > 80 || wordCount(a) > 10 || /[.!?]$/.test(a) || isBulletLine(a)) continue;
			if (textOf(lines[k]).length < 60 || isBulletLine(textOf(lines[k]))) continue;
			const head = words(textOf(lines[k]).slice(0, 160));
			const shared = [...words(a)].some((w) => head.has(w));
			if (!shared) continue;
			for (let g = k; g <= i; g++) if (!lines[g].blank) lines[g].drop = 'gloss';
			for (let n = i + 1; n < lines.length; n++) {
				if (!lines[n].blank) {
					lines[n].afterGloss = true;
					break;
				}
			}
			break;
		}
	}
}

/**
 * Lists of captions, link texts or categories: five or more short capitalised lines in a row with no
 * sentence punctuation. Such runs carry no statements; at the very end of a document (category lists)
 * longer lines count too.
 */
function markLabelRuns(lines: Line[]): void {
	const isLabel = (t: string, limit: number) =>
		t.length <= limit &&
		/^[\p{Lu}\d-]/u.test(t) &&
		!/[.!?:;,]$/.test(t) &&
		!isCapsLine(t) &&
		!isDateLine(t) &&
		!(isBulletLine(t) && !/^-\s*\d{4}\s*-$/.test(t));
	let run: number[] = [];
	const flush = () => {
		if (run.length >= 5) for (const i of run) lines[i].drop = 'labels';
		run = [];
	};
	lines.forEach((line, i) => {
		if (line.blank || line.drop) return;
		const t = textOf(line);
		if (isLabel(t, 60) && wordCount(t) <= 8) run.push(i);
		else flush();
	});
	flush();
	// Category footer of an encyclopedia page.
	const tail: number[] = [];
	for (let i = lines.length - 1; i >= 0; i--) {
		const line = lines[i];
		if (line.blank || line.drop) continue;
		const t = textOf(line);
		if (isLabel(t, 160) || /^\d{4} (?:births|deaths)$/.test(t)) tail.push(i);
		else break;
	}
	if (tail.length >= 5) for (const i of tail) lines[i].drop = 'labels';
}

const REFERENCE_HEADING = /^(?:see also|references|external links|further reading|notes and references)$/i;

/**
 * The closing apparatus of an encyclopedia article ("See also", "References", "External links"): link
 * lists and citations, no statements. Only near the end, so a "References" heading mid-text is left.
 */
function markReferenceTail(lines: Line[]): void {
	const from = Math.floor(lines.length * 0.6);
	for (let i = from; i < lines.length; i++) {
		if (!live(lines[i]) || !REFERENCE_HEADING.test(textOf(lines[i]))) continue;
		for (let k = i; k < lines.length; k++) if (!lines[k].blank && !lines[k].drop) lines[k].drop = 'citation';
		return;
	}
}
