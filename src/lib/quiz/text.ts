/** Text keys for comparing what two phrasings mean (options, typed answers, offices, claims). */

/** Fold case, diacritics, quotes and punctuation: "People’s Commissar" and "peoples commissar" share a key. */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/'s\b/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const FILLER = new Set(
	'a an the of for and in on to at by with from as its his her their comrade'.split(' ')
);

/** The words that carry meaning, in order. */
export function meaningfulWords(text: string): string[] {
	return foldText(text)
		.split(' ')
		.filter((w) => w.length > 0 && !FILLER.has(w));
}

/** Optimal-string-alignment distance: edits, with a swap of two neighbours counting once ("Stalni"). */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	if (!a.length) return b.length;
	if (!b.length) return a.length;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows.push(new Array<number>(b.length + 1).fill(0));
		rows[i][0] = i;
	}
	for (let j = 0; j <= b.length; j++) rows[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, rows[i - 2][j - 2] + 1);
			}
			rows[i][j] = best;
		}
	}
	return rows[a.length][b.length];
}

/** How many typos a word of this length may carry and still count: none for short words. */
export function typoAllowance(length: number): number {
	if (length <= 3) return 0;
	if (length <= 6) return 1;
	return 2;
}
