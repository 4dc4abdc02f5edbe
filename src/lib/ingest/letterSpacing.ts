import type { Mapped } from './mapped';
import type { Vocabulary } from './vocabulary';

/**
 * Undo letter-spacing ("T h e T h i r t e e n t h" → "The Thirteenth"). PDF extraction of justified or
 * spaced-out type puts a space between every letter and loses the real word spaces, so word ends are
 * recovered by segmenting the letters into the likeliest words of the document's own vocabulary
 * (Viterbi over the original token boundaries only, never inside a token).
 */

interface Token {
	start: number;
	end: number;
	text: string;
}

const LETTER = /\p{L}/u;
const FRAGMENT = /^["'([]*\p{L}{1,3}(?:'s?)?["').,;:!?\]]*$/u;
const PUNCT_ONLY = /^[.,;:!?()[\]"'-]+$/;
const ONLY_LETTERS = /^\p{L}+$/u;
const LEFT_EXTENSION = /^["'([]*\p{L}+$/u;
const RIGHT_EXTENSION = /^\p{L}+[.,;:!?)\]"']*$/u;
const MAX_WORD = 24;

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const re = /\S+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null)
		tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
	return tokens;
}

function letterCore(t: string): string {
	return t.replace(/[^\p{L}]/gu, '');
}

function isFragment(t: string): boolean {
	return FRAGMENT.test(t) || PUNCT_ONLY.test(t);
}

/** A single letter that is not itself an English word ("a", "I", "O"). */
function isLoneLetter(t: string): boolean {
	const core = letterCore(t);
	return core.length === 1 && !/^[aAIO]$/.test(core) && t.length <= 3;
}

/** Quick test used to skip the work on ordinary lines. */
export function hasLetterSpacing(text: string): boolean {
	return /(?:^|\s)\p{L}[.,;:'"]? \p{L}[.,;:'"]? \p{L}(?=\s|[.,;:'"]|$)/u.test(text);
}

export function fixLetterSpacing(line: Mapped, original: string, vocab: Vocabulary): Mapped {
	let m = line;
	if (hasLetterSpacing(m.text)) m = rejoinSpacedRuns(m, original, vocab);
	return rejoinDetachedCapital(m, vocab);
}

function rejoinSpacedRuns(line: Mapped, original: string, vocab: Vocabulary): Mapped {
	const tokens = tokenize(line.text);
	const regions: Array<[number, number]> = [];
	let i = 0;
	while (i < tokens.length) {
		if (!isFragment(tokens[i].text)) {
			i++;
			continue;
		}
		let j = i;
		let lone = 0;
		while (j < tokens.length) {
			const t = tokens[j].text;
			if (isFragment(t)) {
				if (isLoneLetter(t)) lone++;
				j++;
			} else if (ONLY_LETTERS.test(t) && j > i && j + 1 < tokens.length && isLoneLetter(tokens[j + 1].text)) {
				j++; // a glued chunk inside the run ("D E D I CATE D")
			} else break;
		}
		const fragments = j - i;
		if (lone >= 3 || (lone >= 2 && fragments >= 5)) {
			let s = i;
			let e = j;
			// The PDF often glues the first or last letters of a spaced run to a neighbour ("devoti n g").
			if (s > 0 && /^\p{L}/u.test(tokens[s].text) && LEFT_EXTENSION.test(tokens[s - 1].text)) s--;
			if (e < tokens.length && /\p{L}$/u.test(tokens[e - 1].text) && RIGHT_EXTENSION.test(tokens[e].text))
				e++;
			regions.push([s, e]);
			i = e;
		} else i = Math.max(j, i + 1);
	}
	if (regions.length === 0) return line;

	const outText: string[] = [];
	const outMap: number[] = [];
	let pos = 0;
	for (const [s, e] of regions) {
		const from = tokens[s].start;
		for (let k = pos; k < from; k++) {
			outText.push(line.text[k]);
			outMap.push(line.map[k]);
		}
		rebuildRegion(tokens.slice(s, e), line, original, vocab, outText, outMap);
		pos = tokens[e - 1].end;
	}
	for (let k = pos; k < line.text.length; k++) {
		outText.push(line.text[k]);
		outMap.push(line.map[k]);
	}
	return { text: outText.join(''), map: outMap };
}

interface Atom {
	letters: boolean;
	/** Indices into the line. */
	chars: number[];
	/** A token boundary precedes this atom, so a word may end here. */
	boundary: boolean;
}

function rebuildRegion(
	tokens: Token[],
	line: Mapped,
	original: string,
	vocab: Vocabulary,
	outText: string[],
	outMap: number[]
): void {
	const atoms: Atom[] = [];
	for (const t of tokens) {
		let first = true;
		for (let k = t.start; k < t.end; k++) {
			const isLetter = LETTER.test(line.text[k]);
			const prev = atoms[atoms.length - 1];
			if (prev && !first && prev.letters === isLetter) prev.chars.push(k);
			else atoms.push({ letters: isLetter, chars: [k], boundary: first });
			first = false;
		}
	}
	// "n ' s" / "n 's": a possessive belongs to the word before it.
	for (let a = 1; a < atoms.length - 1; a++) {
		const p = atoms[a];
		const next = atoms[a + 1];
		if (
			!p.letters &&
			p.chars.length === 1 &&
			line.text[p.chars[0]] === "'" &&
			atoms[a - 1].letters &&
			next.letters &&
			next.chars.length === 1 &&
			line.text[next.chars[0]].toLowerCase() === 's' &&
			(a + 2 >= atoms.length || !atoms[a + 2].letters || atoms[a + 2].boundary)
		) {
			atoms[a - 1].chars.push(p.chars[0], next.chars[0]);
			atoms.splice(a, 2);
		}
	}

	const emit = (k: number) => {
		outText.push(line.text[k]);
		outMap.push(line.map[k]);
	};
	const space = (beforeIndex: number) => {
		const last = outText[outText.length - 1];
		if (outText.length && last !== ' ' && last !== '(' && last !== '[') {
			outText.push(' ');
			outMap.push(line.map[beforeIndex]);
		}
	};
	// After an opening bracket or quote no space; after a closing one (or a word), a space.
	let glueNext = true;
	let quoteOpen = false;
	let a = 0;
	while (a < atoms.length) {
		const atom = atoms[a];
		if (!atom.letters) {
			for (const k of atom.chars) {
				const ch = line.text[k];
				const orig = original[line.map[k]] ?? ch;
				if (ch === '(' || ch === '[') {
					if (!glueNext) space(k);
					emit(k);
					glueNext = true;
				} else if (ch === '"' || ch === "'") {
					const opening =
						orig === '\u201c' ||
						orig === '\u2018' ||
						(orig !== '\u201d' && orig !== '\u2019' && (ch === '"' ? !quoteOpen : glueNext));
					if (opening) {
						if (!glueNext) space(k);
						emit(k);
						glueNext = true;
						if (ch === '"') quoteOpen = true;
					} else {
						emit(k);
						glueNext = false;
						if (ch === '"') quoteOpen = false;
					}
				} else if (ch === '-' && (orig === '\u2014' || orig === '\u2015')) {
					if (!glueNext) space(k); // an em dash keeps its spaces
					emit(k);
					glueNext = false;
				} else if (ch === '-') {
					emit(k);
					glueNext = true; // "by-product"
				} else {
					emit(k);
					glueNext = false;
				}
			}
			a++;
			continue;
		}
		// Collect consecutive letter atoms into one chunk to segment.
		const pieces: Atom[] = [];
		while (a < atoms.length && atoms[a].letters) pieces.push(atoms[a++]);
		const words = segment(pieces, line.text, vocab);
		for (const w of words) {
			if (!glueNext) space(w[0]);
			for (const k of w) emit(k);
			glueNext = false;
		}
	}
}

/** Viterbi segmentation of letter pieces into words; returns each word's character indices. */
function segment(pieces: Atom[], text: string, vocab: Vocabulary): number[][] {
	const n = pieces.length;
	const best = new Array<number>(n + 1).fill(Infinity);
	const back = new Array<number>(n + 1).fill(0);
	best[0] = 0;
	for (let j = 1; j <= n; j++) {
		let word = '';
		for (let i = j - 1; i >= 0; i--) {
			word = pieces[i].chars.map((k) => text[k]).join('') + word;
			if (word.length > MAX_WORD) break;
			if (i > 0 && !pieces[i].boundary) continue; // cannot start a word inside a token
			if (best[i] === Infinity) continue;
			const c = best[i] + wordCost(word, vocab);
			if (c < best[j]) {
				best[j] = c;
				back[j] = i;
			}
		}
		if (best[j] === Infinity) {
			// Only reachable if a token was longer than MAX_WORD: keep it whole.
			best[j] = best[j - 1];
			back[j] = j - 1;
		}
	}
	const words: number[][] = [];
	let j = n;
	while (j > 0) {
		const i = back[j];
		const chars: number[] = [];
		for (let p = i; p < j; p++) chars.push(...pieces[p].chars);
		words.push(chars);
		j = i;
	}
	return words.reverse();
}

function wordCost(word: string, vocab: Vocabulary): number {
	let cost = vocab.cost(word);
	// A capital after a lower-case letter almost always starts a new word ("eThirteenth").
	if (/\p{Ll}\p{Lu}/u.test(word)) cost += 30;
	return cost;
}

/** "L enin's" → "Lenin's": a stray capital split from the rest of a word the document knows. */
function rejoinDetachedCapital(line: Mapped, vocab: Vocabulary): Mapped {
	if (!/(?:^|[^A-Za-z.])[B-HJ-NP-Z] [a-z\u00df-\u00ff]/.test(line.text)) return line;
	const re = /(?<![\p{L}.])([B-HJ-NP-Z]) (\p{Ll}{2,})/gu;
	let m: RegExpExecArray | null;
	const cut: number[] = [];
	while ((m = re.exec(line.text)) !== null) {
		const rest = m[2];
		if (vocab.count(m[1] + rest) > 4 * vocab.count(rest) + 1) cut.push(m.index + 1);
		re.lastIndex = m.index + 2;
	}
	if (!cut.length) return line;
	const text: string[] = [];
	const map: number[] = [];
	let c = 0;
	for (let k = 0; k < line.text.length; k++) {
		if (c < cut.length && k === cut[c]) {
			c++;
			continue;
		}
		text.push(line.text[k]);
		map.push(line.map[k]);
	}
	return { text: text.join(''), map };
}
