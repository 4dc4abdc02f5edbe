import type { Mapped } from './mapped';

/**
 * Character-level normalisation for matching: one kind of space, straight quotes, plain hyphens,
 * no invisible characters, "\n" line ends. The original keeps its typography; only `clean` changes.
 */
export function normaliseCharacters(original: string): Mapped {
	const out: string[] = [];
	const n = original.length;
	// Output is at most 3 characters per input character (an ellipsis or a padded dash).
	let map = new Int32Array(n + 16);
	let len = 0;
	const push = (s: string, at: number) => {
		out.push(s);
		if (len === map.length) {
			const bigger = new Int32Array(map.length * 2);
			bigger.set(map);
			map = bigger;
		}
		map[len++] = at;
	};
	for (let i = 0; i < n; i++) {
		const c = original.charCodeAt(i);
		if (c >= 0x20 && c < 0x7f) {
			// Fast path: copy a run of plain ASCII at once.
			let j = i + 1;
			while (j < n) {
				const d = original.charCodeAt(j);
				if (d < 0x20 || d >= 0x7f) break;
				j++;
			}
			out.push(original.slice(i, j));
			if (len + (j - i) > map.length) {
				const bigger = new Int32Array(Math.max(map.length * 2, len + (j - i)));
				bigger.set(map);
				map = bigger;
			}
			for (let k = i; k < j; k++) map[len++] = k;
			i = j - 1;
			continue;
		}
		switch (c) {
			case 0x0a:
				push('\n', i);
				break;
			case 0x0d:
				if (original.charCodeAt(i + 1) !== 0x0a) push('\n', i);
				break;
			case 0x00ad: // soft hyphen
			case 0x200b: // zero-width space, joiners
			case 0x200c:
			case 0x200d:
			case 0x2060:
			case 0xfeff:
				break;
			case 0x2018:
			case 0x2019:
			case 0x201a:
			case 0x201b:
			case 0x2032:
				push("'", i);
				break;
			case 0x201c:
			case 0x201d:
			case 0x201e:
			case 0x201f:
			case 0x2033:
			case 0x00ab:
			case 0x00bb:
				push('"', i);
				break;
			case 0x2010:
			case 0x2011:
			case 0x2012:
			case 0x2013:
			case 0x2212:
				push('-', i);
				break;
			case 0x2014:
			case 0x2015: {
				// An em dash glued between words ("say—and") reads as a pause, not a compound: pad it.
				const last = out.length ? out[out.length - 1] : '';
				if (last && !isBlank(last[last.length - 1])) push(' ', i);
				push('-', i);
				const next = original.charCodeAt(i + 1);
				if (i + 1 < n && next !== 0x20 && next !== 0x0a && next !== 0xa0) push(' ', i);
				break;
			}
			case 0x2026:
				push('.', i);
				push('.', i);
				push('.', i);
				break;
			case 0x06d4: // Arabic full stop, seen as stray punctuation in pasted text
				push('.', i);
				break;
			default:
				if (c < 0x20 || c === 0x7f) push(c === 0x09 ? ' ' : ' ', i);
				else if (isUnicodeSpace(c)) push(' ', i);
				else push(original[i], i);
		}
	}
	return { text: out.join(''), map: map.subarray(0, len) };
}

function isBlank(s: string): boolean {
	return s === ' ' || s === '\n';
}

function isUnicodeSpace(c: number): boolean {
	return (
		c === 0x00a0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000
	);
}
