/**
 * Person names as the student types or reads them: "J. V. Stalin", "Joseph Stalin", "stalin" and
 * "Сталин" are one person; "Zinoviev" and "Zinovyev", "Trotsky" and "Trotskii" are one spelling.
 */
import { editDistance, foldText, typoAllowance } from './text';

const CYRILLIC: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'i',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya'
};

const TITLES = new Set(
	'comrade mr mrs ms dr general marshal tsar czar saint st premier chairman secretary'.split(' ')
);

/**
 * The spelling-independent key of one word: transliteration systems differ in y/i/j, ye/e, kh/h,
 * tz/ts, w/v and doubled letters, so those are folded together.
 */
export function transliterationKey(word: string): string {
	let w = word
		.toLowerCase()
		.split('')
		.map((ch) => CYRILLIC[ch] ?? ch)
		.join('');
	w = foldText(w).replace(/[^a-z]/g, '');
	w = w
		.replace(/kh/g, 'h')
		.replace(/tz/g, 'ts')
		.replace(/cz/g, 'ch')
		.replace(/x/g, 'ks')
		.replace(/w/g, 'v')
		.replace(/yo/g, 'e')
		.replace(/[iy]e/g, 'e')
		.replace(/[jy]/g, 'i')
		.replace(/(.)\1+/g, '$1');
	return w;
}

/** "Lenin (Vladimir Ilyich Ulyanov)" → ["Lenin", "Vladimir Ilyich Ulyanov"]. */
function nameParts(name: string): { main: string; aliases: string[] } {
	const aliases = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].trim()).filter(Boolean);
	return { main: name.replace(/\([^)]*\)/g, ' ').trim(), aliases };
}

/** The surname as written: the last word that is not an initial or a title; "Stalin, J. V." → "Stalin". */
export function surname(name: string): string {
	const { main } = nameParts(name);
	const beforeComma = main.includes(',') ? main.split(',')[0] : main;
	const words = beforeComma
		.split(/[\s\u00a0]+/)
		.map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
		.filter((w) => w.length > 1 && !TITLES.has(w.toLowerCase()));
	return words.length ? words[words.length - 1] : main.trim();
}

/** The canonical key two mentions of one person share: their transliteration-folded surname. */
export function personKey(name: string): string {
	return transliterationKey(surname(name));
}

/** Every key a name answers to: its surname and the surnames of names it gives in parentheses. */
export function personKeys(name: string): string[] {
	const { aliases } = nameParts(name);
	return [...new Set([personKey(name), ...aliases.map(personKey)].filter(Boolean))];
}

export type NameVerdict = 'exact' | 'spelling' | 'typo' | 'wrong';

/**
 * Is `given` the person `answer`? Graded by surname, forgiving case, diacritics, transliteration and
 * small typos, but never accepting the exact surname of another person the quiz knows.
 */
export function judgeName(given: string, answer: string, otherPeople: readonly string[] = []): NameVerdict {
	const typed = given.trim();
	if (!typed) return 'wrong';
	const accepted = personKeys(answer);
	const typedKey = personKey(typed);
	if (!typedKey) return 'wrong';
	if (surname(typed).toLowerCase() === surname(answer).toLowerCase()) return 'exact';
	if (accepted.includes(typedKey)) return 'spelling';
	const others = new Set(otherPeople.flatMap(personKeys).filter((k) => !accepted.includes(k)));
	if (others.has(typedKey)) return 'wrong';
	const near = accepted.some((key) => editDistance(typedKey, key) <= typoAllowance(key.length));
	return near ? 'typo' : 'wrong';
}

const PARTICLES = new Set(['de', 'von', 'van', 'der', 'la', 'le', 'di', 'du', 'da', 'bin', 'ibn', 'al', 'y']);

/**
 * Does this look like a person's name, not a phrase a messy extraction took for one ("the city of
 * Tver", "Published: First", "Zinoviev and Kamenev")? Capitalised words or initials, at most four,
 * no digits or clause punctuation, and not a lone patronymic ("Ilyich").
 */
export function looksLikePersonName(name: string): boolean {
	const text = name.replace(/\s+/g, ' ').trim();
	if (!text || /[\d:;,()"“”!?]|'s\b|’s\b/.test(text)) return false;
	const words = text.split(' ');
	if (words.length > 4) return false;
	const ok = words.every(
		(w) =>
			PARTICLES.has(w) ||
			/^\p{Lu}\.$/u.test(w) ||
			/^(\p{Lu}\.){2,3}$/u.test(w) ||
			(/^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && w.length >= 2)
	);
	if (!ok) return false;
	const last = words[words.length - 1];
	if (words.length === 1 && /(ovich|evich|ich|ovna|evna|ichna)$/i.test(last)) return false;
	return /^\p{Lu}/u.test(last) && last.length >= 3;
}

/**
 * Could two names be one person as options? Same key, a clipped form ("Kalin" / "Kalinin"), or a
 * typo apart: such a pair never appears side by side.
 */
export function samePersonLikely(a: string, b: string): boolean {
	const ka = personKeys(a);
	const kb = personKeys(b);
	return ka.some((x) =>
		kb.some(
			(y) =>
				x === y ||
				(Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x))) ||
				editDistance(x, y) <= typoAllowance(Math.min(x.length, y.length))
		)
	);
}
