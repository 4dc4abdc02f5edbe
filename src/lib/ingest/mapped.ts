/**
 * Text that remembers where each of its characters came from. Every cleaning step takes and returns
 * a Mapped, so the final clean text can always point back into the user's unedited original.
 */
/** Offsets into the original; typed arrays where large, to keep garbage collection cheap. */
export type Offsets = number[] | Int32Array;

export interface Mapped {
	text: string;
	/** map[i] = offset in the original of text[i]; always non-decreasing. */
	map: Offsets;
}

/** One replacement of text[start, end) by `text`. */
export interface Edit {
	start: number;
	end: number;
	text: string;
}

export function fromOriginal(text: string, base = 0): Mapped {
	const map = new Array<number>(text.length);
	for (let i = 0; i < text.length; i++) map[i] = base + i;
	return { text, map };
}

export function slice(m: Mapped, start: number, end: number = m.text.length): Mapped {
	// Typed maps are never written after creation, so a view is as good as a copy and costs nothing.
	const map = m.map instanceof Int32Array ? m.map.subarray(start, end) : m.map.slice(start, end);
	return { text: m.text.slice(start, end), map };
}

export function trim(m: Mapped): Mapped {
	let s = 0;
	let e = m.text.length;
	while (s < e && isSpace(m.text.charCodeAt(s))) s++;
	while (e > s && isSpace(m.text.charCodeAt(e - 1))) e--;
	return s === 0 && e === m.text.length ? m : slice(m, s, e);
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Apply sorted, non-overlapping edits. A replacement of the same length maps character by character
 * (a curly quote becomes a straight one at the same place); otherwise its characters map to the
 * start of what they replace, which keeps the map non-decreasing.
 */
export function applyEdits(m: Mapped, edits: Edit[]): Mapped {
	if (edits.length === 0) return m;
	const parts: string[] = [];
	const map: number[] = [];
	let pos = 0;
	for (const e of edits) {
		if (e.start < pos) continue; // overlapping edit: the earlier one wins
		parts.push(m.text.slice(pos, e.start));
		for (let i = pos; i < e.start; i++) map.push(m.map[i]);
		parts.push(e.text);
		const sameLength = e.end - e.start === e.text.length;
		const anchor = e.start < m.map.length ? m.map[e.start] : endOffset(m);
		for (let i = 0; i < e.text.length; i++) map.push(sameLength ? m.map[e.start + i] : anchor);
		pos = e.end;
	}
	parts.push(m.text.slice(pos));
	for (let i = pos; i < m.text.length; i++) map.push(m.map[i]);
	return { text: parts.join(''), map };
}

/** Offset just after the last character (where an insertion at the end points). */
export function endOffset(m: Mapped): number {
	return m.map.length ? m.map[m.map.length - 1] + 1 : 0;
}

/** Replace every match of a global regex; `replace` returns the new text, or null to leave it. */
export function replaceMatches(
	m: Mapped,
	re: RegExp,
	replace: (match: RegExpExecArray) => string | null
): Mapped {
	const edits: Edit[] = [];
	re.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = re.exec(m.text)) !== null) {
		if (match[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		const text = replace(match);
		if (text !== null && text !== match[0])
			edits.push({ start: match.index, end: match.index + match[0].length, text });
	}
	return applyEdits(m, edits);
}

/** Concatenate pieces; `joiners[i]` (inserted between piece i and i+1) maps to the start of piece i+1. */
export class MappedBuilder {
	private parts: string[] = [];
	private chunks: Offsets[] = [];
	private length = 0;

	get size(): number {
		return this.length;
	}

	append(m: Mapped): void {
		if (!m.text.length) return;
		this.parts.push(m.text);
		this.chunks.push(m.map);
		this.length += m.text.length;
	}

	/** Insert text that is not in the original; it points at `offset`. */
	insert(text: string, offset: number): void {
		if (!text.length) return;
		this.parts.push(text);
		this.chunks.push(new Array<number>(text.length).fill(offset));
		this.length += text.length;
	}

	/** Remove the last character (a line-end hyphen that turned out to be a word break). */
	dropLast(): void {
		for (let i = this.parts.length - 1; i >= 0; i--) {
			const p = this.parts[i];
			if (p.length) {
				this.parts[i] = p.slice(0, -1);
				this.chunks[i] = this.chunks[i].slice(0, -1);
				this.length--;
				return;
			}
		}
	}

	build(): Mapped {
		const map = new Int32Array(this.length);
		let at = 0;
		for (const chunk of this.chunks) {
			if (chunk instanceof Int32Array) map.set(chunk, at);
			else for (let i = 0; i < chunk.length; i++) map[at + i] = chunk[i];
			at += chunk.length;
		}
		return { text: this.parts.join(''), map };
	}
}
