/**
 * Word frequencies of the document itself, backed by the commonest English words. Cleaners that must
 * guess where a word ends (letter-spaced text, words broken across lines without a hyphen, glued
 * words) ask this instead of a shipped dictionary: a long document is its own best dictionary, and
 * nothing here is specific to any corpus.
 */
export interface Vocabulary {
	/** How often the word (lower case, letters only) occurs in running text, plus a prior for common words. */
	count(word: string): number;
	/** Cost of reading `word` as one word: lower is likelier. Unknown words cost more the longer they are. */
	cost(word: string): number;
	total: number;
}

/** The commonest English words, most frequent first (rank gives a Zipf prior). */
const COMMON_WORDS = (
	'the of and to a in is that it for was as with he be on by his not at this are from or which have an ' +
	'but had they we were their been has its all one more there she will would who so her can what if no ' +
	'out other them into only these than up two some time could also may any our first then very new its ' +
	'after when made such over most like do my me him those should must about through where well years ' +
	'being many between under before both us now same without every against whole itself while because ' +
	'each how again during i am did does upon own here just even still however therefore thus great people ' +
	'party state power work country question revolution workers peasants comrade comrades world union ' +
	'central committee congress soviet political government class struggle socialism policy masses ' +
	'said say see know way whether another among within towards toward nevertheless moreover further ' +
	'already always never something nothing anything everything herself himself themselves ourselves ' +
	'whom whose why become became since until till though although yet nor either neither per via ' +
	'into onto inside outside indeed instead income input inform hereby thereby whereby wherein herein ' +
	'therein thereof thereafter heretofore meanwhile nonetheless notwithstanding throughout ' +
	'today tomorrow yesterday together everybody everyone anyone someone nobody somewhere anywhere ' +
	'otherwise furthermore whatever whenever wherever whoever'
).split(' ');

const COMMON = new Set(COMMON_WORDS);

/** One of the commonest English words (safe to split off a glued word). */
export function isCommonWord(word: string): boolean {
	return COMMON.has(word.toLowerCase());
}

const SUFFIXES = [
	'ing',
	'ly',
	'ed',
	'es',
	's',
	'est',
	'er',
	'ised',
	'ized',
	'ist',
	'ism',
	'ment',
	'ness',
	'ion',
	'ions',
	'ally'
];

function isWordChar(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

export function buildVocabulary(text: string): Vocabulary {
	const counts = new Map<string, number>();
	let total = 0;
	const re = /[A-Za-z\u00c0-\u024f]+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null) {
		const w = m[0];
		// Short tokens are mostly debris of letter-spaced text ("o rg a n"); common short words come from the prior.
		if (w.length < 3) continue;
		const key = w.toLowerCase();
		counts.set(key, (counts.get(key) ?? 0) + 1);
		total++;
	}
	// Hyphenated compounds written on one line, so a line-end hyphen can be judged ("Marxist-Leninist").
	for (let h = text.indexOf('-'); h !== -1; h = text.indexOf('-', h + 1)) {
		let s = h;
		while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
		let e = h + 1;
		while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
		if (s < h && e > h + 1) {
			const key = text.slice(s, e).toLowerCase();
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}
	total = Math.max(total, 1000);
	const prior = new Map<string, number>();
	COMMON_WORDS.forEach((w, rank) => {
		if (!prior.has(w)) prior.set(w, (total * 0.05) / (rank + 1));
	});
	const logTotal = Math.log(total * 2);
	const count = (word: string) => {
		const key = word.toLowerCase();
		return (counts.get(key) ?? 0) + (prior.get(key) ?? 0);
	};
	return {
		total,
		count,
		cost(word: string) {
			let key = word.toLowerCase();
			if (key.endsWith("'s") && key.length > 3) key = key.slice(0, -2);
			const c = count(key);
			if (c > 0) return logTotal - Math.log(c);
			// An inflected form of a known word ("lifting", "officially") is nearly as good as the word.
			for (const suffix of SUFFIXES) {
				if (key.length > suffix.length + 2 && key.endsWith(suffix)) {
					const stem = key.slice(0, -suffix.length);
					const sc = count(stem) || count(stem + 'e');
					if (sc > 0) return logTotal - Math.log(sc) + 3;
				}
			}
			// Unknown: like Norvig's segmenter, each extra letter makes an unknown word much less likely.
			return logTotal + 2 + 2.3 * key.length;
		}
	};
}
