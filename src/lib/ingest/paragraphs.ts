import { type Mapped, MappedBuilder, slice } from './mapped';
import type { Line } from './boilerplate';
import {
	endsSentence,
	isBulletLine,
	isCapsLine,
	isDateLine,
	isProse,
	isRomanNumeral,
	wordCount
} from './lineKinds';
import { type Vocabulary, isCommonWord } from './vocabulary';

/**
 * Unwrap hard line breaks into paragraphs: rejoin hyphenated and broken words, carry a sentence across
 * a page break, and keep titles, bullets, date lines and signatures apart as their own blocks.
 */

export type BlockKind = 'title' | 'body' | 'item' | 'date' | 'byline';

export interface Block {
	kind: BlockKind;
	m: Mapped;
	/** For titles made of several lines (number + name, name + subtitle), each line's text. */
	lines: string[];
}

/** A line after inline cleaning, with what the line cleaners learned about it. */
export interface CleanLine extends Line {
	brokenWord: boolean;
	/** Was a Markdown heading ("# ..."). */
	heading: boolean;
}

const BYLINE = /^(?:\p{Lu}\.\s*){1,3}\p{Lu}[\p{L}'-]+(?:\s*\(\d{4}\))?\.?$/u;
/** "V. I. Lenin", "N. Krupskaya (1936).", "J. Stalin": a signature or an author line. */
export function isByline(text: string): boolean {
	return text.length <= 40 && BYLINE.test(text);
}

const HYPHEN_PREFIXES = new Set([
	'non',
	'anti',
	'semi',
	'self',
	'ex',
	'quasi',
	'pseudo',
	'ultra',
	'neo',
	'co',
	'counter',
	'pan',
	'all',
	'well',
	'half'
]);

type LineKind = 'title' | 'bullet' | 'date' | 'byline' | 'text';

/** Words a title does not end on; a line ending so is the first line of a wrapped paragraph. */
const DANGLING_END =
	/\b(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|that|which|who|whom|whose|is|are|was|were|be|as|its|his|their|our|this|these|not|but|when|while|after|before|if|because|although|since|until|where|than)$/i;

function isTitleCaseTitle(t: string, medianLength: number): boolean {
	if (t.length > 80 || wordCount(t) > 10 || !/\p{L}{3}/u.test(t)) return false;
	if (!/^[\p{Lu}\d"']/u.test(t) || /[.,;:!?(-]["')\]]*$/.test(t) || DANGLING_END.test(t)) return false;
	// Sentence punctuation inside ("… Party. It …") is prose; initials ("M. I. Kalinin") are not.
	if (/(?<!\b\p{Lu})[.!?;]\s/u.test(t) || /,\s/.test(t)) return false;
	if (/^\p{L}+:\s/u.test(t)) return false; // a label line: "Translated: Yuri Sdobnikov"
	const long = t.split(/\s+/).filter((w) => w.length >= 4);
	const capitalised = long.filter((w) => /^["'(]?\p{Lu}/u.test(w)).length;
	// Short lines may be in sentence case ("Early life"); longer ones must be in Title Case.
	return t.length <= Math.max(30, medianLength * 0.6) || capitalised === long.length;
}

function startsPlainSentence(t: string): boolean {
	return /^["']?\p{Lu}\p{Ll}/u.test(t) && !isCapsLine(t) && !isDateLine(t) && !isBulletLine(t);
}

/** An upper-case run a title can be: short, without sentence punctuation inside ("WE VOW TO YOU, …!"). */
function isTitleCapsRun(texts: string[]): boolean {
	if (texts.length > 5) return false;
	return (
		texts.some((t) => /\p{L}{3}/u.test(t)) &&
		texts.every(
			(t) => t.length <= 100 && !/[,;!]/.test(t) && !/\.\s+\p{Lu}{2}/u.test(t.replace(/^\d{1,2}\.\s*/, ''))
		)
	);
}

function classifyLines(
	entries: Array<{ line: CleanLine; blankBefore: boolean; hardBefore: boolean }>,
	medianLength: number
): LineKind[] {
	const kinds: LineKind[] = new Array(entries.length).fill('text');
	const textAt = (i: number) => entries[i].line.m.text;
	const prevEnds = (i: number) =>
		i === 0 ||
		entries[i].blankBefore ||
		entries[i].hardBefore ||
		endsSentence(textAt(i - 1)) ||
		kinds[i - 1] === 'title' ||
		kinds[i - 1] === 'date' ||
		kinds[i - 1] === 'byline';
	const capsCandidate = (t: string) => (isCapsLine(t) || isRomanNumeral(t)) && !isByline(t) && !isDateLine(t);
	for (let i = 0; i < entries.length; i++) {
		const t = textAt(i);
		if (entries[i].line.heading) {
			kinds[i] = 'title';
			continue;
		}
		if (capsCandidate(t)) {
			// The whole upper-case run is decided at once.
			let j = i;
			while (
				j + 1 < entries.length &&
				!entries[j + 1].blankBefore &&
				!entries[j + 1].hardBefore &&
				capsCandidate(textAt(j + 1))
			)
				j++;
			const run = entries.slice(i, j + 1).map((e) => e.line.m.text);
			const title =
				prevEnds(i) &&
				isTitleCapsRun(run) &&
				!(run.length === 1 && isRomanNumeral(run[0]) && j + 1 >= entries.length);
			for (let k = i; k <= j; k++) kinds[k] = title ? 'title' : isBulletLine(textAt(k)) ? 'bullet' : 'text';
			i = j;
			continue;
		}
		if (isBulletLine(t)) kinds[i] = 'bullet';
		else if (isDateLine(t)) kinds[i] = 'date';
		else if (isByline(t)) kinds[i] = 'byline';
		else if (
			prevEnds(i) &&
			kinds[i - 1] !== 'date' &&
			i + 1 < entries.length &&
			(isProse(textAt(i + 1)) || (t.length <= 40 && startsPlainSentence(textAt(i + 1)))) &&
			isTitleCaseTitle(t, medianLength)
		)
			kinds[i] = 'title';
	}
	// Subtitle lines hang under a title ("THE DISCUSSION / Interview With a Rosta Correspondent").
	for (let i = 1; i < entries.length; i++) {
		const t = textAt(i);
		if (
			kinds[i - 1] === 'title' &&
			kinds[i] === 'text' &&
			!entries[i].blankBefore &&
			!entries[i].hardBefore &&
			t.length <= 80 &&
			!/[.!?,;:(-]$/.test(t) &&
			!DANGLING_END.test(t) &&
			/^[\p{Lu}\d"']/u.test(t) &&
			t.split(/\s+/).every((w) => w.length < 4 || !/^\p{Ll}/u.test(w))
		)
			kinds[i] = 'title';
	}
	return kinds;
}

export function buildBlocks(lines: CleanLine[], vocab: Vocabulary): Block[] {
	// Live lines with the gap before each.
	interface Entry {
		line: CleanLine;
		blankBefore: boolean;
		droppedBefore: boolean;
		hardBefore: boolean;
	}
	const entries: Entry[] = [];
	let blank = false;
	let dropped = false;
	let hard = false;
	for (const line of lines) {
		if (line.blank || !line.m.text) {
			blank = true;
			continue;
		}
		if (line.drop) {
			dropped = true;
			if (line.hardBreak) hard = true;
			continue;
		}
		entries.push({ line, blankBefore: blank, droppedBefore: dropped, hardBefore: hard });
		blank = dropped = hard = false;
	}

	const medianLength = typicalLineLength(entries.map((e) => e.line.m.text.length));
	const kinds = classifyLines(entries, medianLength);

	const blocks: Block[] = [];
	let current: { kind: BlockKind; builder: MappedBuilder; lines: string[]; last: CleanLine } | null = null;
	const close = () => {
		if (current) blocks.push({ kind: current.kind, m: current.builder.build(), lines: current.lines });
		current = null;
	};
	const open = (kind: BlockKind, line: CleanLine, text: Mapped) => {
		close();
		const builder = new MappedBuilder();
		builder.append(text);
		current = { kind, builder, lines: [text.text], last: line };
	};

	entries.forEach((e, i) => {
		const kind = kinds[i];
		const t = e.line.m.text;
		if (kind === 'title') {
			const cur = current as typeof current;
			const text = e.line.heading ? stripHeading(e.line.m) : e.line.m;
			if (cur && cur.kind === 'title' && !e.blankBefore && !e.hardBefore) {
				cur.builder.insert(' ', text.map[0] ?? 0);
				cur.builder.append(text);
				cur.lines.push(text.text);
				cur.last = e.line;
			} else open('title', e.line, text);
			return;
		}
		if (kind === 'bullet') return open('item', e.line, stripBullet(e.line.m));
		if (kind === 'date') return open('date', e.line, e.line.m);
		if (kind === 'byline') return open('byline', e.line, e.line.m);
		const cur = current as typeof current;
		if (cur && cur.kind !== 'title' && cur.kind !== 'date' && cur.kind !== 'byline') {
			const prevText = cur.last.m.text;
			let continues: boolean;
			if (e.hardBefore) continues = false;
			else if (e.blankBefore && cur.kind === 'item') continues = false;
			else if (e.blankBefore) {
				// A blank line is a paragraph end, unless a page break cut a sentence in two.
				continues =
					!endsSentence(prevText) &&
					(/^\p{Ll}/u.test(t) ||
						DANGLING_END.test(prevText) ||
						(e.droppedBefore && /[\p{Ll},]$/u.test(prevText)));
			} else if (cur.kind === 'item')
				continues = true; // a lazy continuation line, as in Markdown
			else
				continues = !(
					endsSentence(prevText) &&
					/^["'(]?\p{Lu}/u.test(t) &&
					(prevText.length > 160 || prevText.length < medianLength * 0.6)
				);
			if (continues) {
				joinLine(cur.builder, cur.last, e.line, vocab);
				cur.lines.push(t);
				cur.last = e.line;
				return;
			}
		}
		open('body', e.line, e.line.m);
	});
	close();
	return blocks;
}

function typicalLineLength(lengths: number[]): number {
	const long = lengths.filter((n) => n >= 20).sort((a, b) => a - b);
	return long.length ? long[Math.floor(long.length / 2)] : 60;
}

function stripHeading(m: Mapped): Mapped {
	const match = /^#{1,6}\s*/.exec(m.text);
	return match ? slice(m, match[0].length) : m;
}

function stripBullet(m: Mapped): Mapped {
	const match = /^(?:[-*+\u2022\u2023\u25e6\u25aa\u25cf\u2043]\s+|(?:\d{1,2}[.)]|[a-z]\))\s*)/u.exec(m.text);
	return match ? slice(m, match[0].length) : m;
}

/**
 * Join `next` onto the paragraph: "pro-\nletariat" → "proletariat" but "Marxist-\nLeninist" keeps its
 * hyphen; "Janu" + "ary" (a watermark cut the word) and "prop" + "aganda" close up; punctuation that
 * opens a line (left by a removed gloss) attaches without a space.
 */
export function joinLine(builder: MappedBuilder, prev: CleanLine, next: CleanLine, vocab: Vocabulary): void {
	const a = prev.m.text;
	const b = next.m.text;
	const first = next.m.map[0] ?? 0;
	const last = a[a.length - 1];
	const hyphenated = last === '-' && a.length > 1 && isLetterAt(a, a.length - 2);
	const tail = trailingWord(a, hyphenated ? a.length - 1 : a.length);
	const head = leadingWord(b);
	if (hyphenated && tail && head) {
		if (!keepHyphen(tail, head, vocab)) builder.dropLast();
		builder.append(next.m);
		return;
	}
	if ('.,;:!?)]'.includes(b[0]) || /^'s\b/.test(b) || last === '(' || last === '[') {
		builder.append(next.m);
		return;
	}
	if (tail && head && isLowerAt(b, 0)) {
		const joined = tail + head;
		const brokenHere = prev.brokenWord || next.afterGloss || prev.afterGloss;
		const restUnknown = vocab.count(head) === 0;
		if (
			(brokenHere && vocab.count(joined) >= Math.max(1, vocab.count(head))) ||
			(brokenHere && head.length <= 2 && vocab.count(head) === 0 && !isCommonWord(head)) ||
			(restUnknown && vocab.count(tail) === 0 && vocab.count(joined) >= 2)
		) {
			builder.append(next.m);
			return;
		}
	}
	builder.insert(' ', first);
	builder.append(next.m);
}

function isLetterAt(s: string, i: number): boolean {
	const c = s.charCodeAt(i);
	if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
	if (c < 128) return false;
	const ch = s[i];
	return ch.toUpperCase() !== ch.toLowerCase();
}

function isLowerAt(s: string, i: number): boolean {
	return isLetterAt(s, i) && s[i] === s[i].toLowerCase();
}

/** The letters just before `end` ("" if none). */
function trailingWord(s: string, end: number): string {
	let i = end;
	while (i > 0 && isLetterAt(s, i - 1)) i--;
	return s.slice(i, end);
}

function leadingWord(s: string): string {
	let i = 0;
	while (i < s.length && isLetterAt(s, i)) i++;
	return s.slice(0, i);
}

function keepHyphen(left: string, right: string, vocab: Vocabulary): boolean {
	if (/^\p{Lu}/u.test(right)) return true; // "Marxist-Leninist", "anti-Leninist"
	const joined = vocab.count(left + right);
	const hyphenated = vocab.count(`${left}-${right}`);
	if (hyphenated > joined) return true;
	if (joined > 0) return false;
	return HYPHEN_PREFIXES.has(left.toLowerCase());
}
