/**
 * "When did Jahan die?" for Shah Jahan, "Who succeeded Mamoru?" for Shigemitsu Mamoru: the generator
 * names a person by the last word of the name, as "Gladstone" for William Ewart Gladstone. Where the
 * document never writes that word alone — every time it stands after the same other name, as in
 * compound and family-name-first names — the card uses the two words the document always uses.
 */
import type { Card } from './types';
import { isStopword, escapeRegExp } from './text';

/** Words before a name that are not part of it even when capitalised at a sentence start. */
const NOT_A_NAME = /^(?:The|This|That|These|Those|When|After|Before|While|Although|In|On|At|By|For|From|With|Under|And|But|As|Then|Emperor|Empress|King|Queen|Sultan|President|General|Prime|Minister|Lord|Lady|Sir|Mr|Mrs|Dr|Comrade|Saint|St|Earl|Duke|Count|Countess|Baron|Viscount|Marquess|Marquis|Prince|Princess|Archduke|Archduchess|Tsar|Czar|Tsarina|Kaiser|Pope|Cardinal|Bishop|Archbishop|Captain|Colonel|Admiral|Marshal|Chancellor|Governor|Senator|Judge|Chief|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

// Not the Italian "di" of a birth name ("Napoleone di Buonaparte"): no one says "di Buonaparte".
const NAME_PARTICLE = /^(?:de|du|van|von|da|del|della|der|den|ter|ten|le|la)$/;
const PARTICLE_BEFORE = /\b(?:de|da|di|do|dos|del|della|van|von|der|den|la|le|du|y|bin|ibn|al|ben)\s+$/;


/**
 * The capitalised words the text puts before this name, or undefined when it also writes the name
 * alone (or after a word that is no part of a name).
 */
export function namesBefore(name: string, text: string): Set<string> | undefined {
	const before = new Set<string>();
	// A plain scan, not one regular expression per name: this runs for every person of a long volume.
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
		if ((at > 0 && LETTER.test(text[at - 1])) || LETTER_OR_DIGIT.test(text[at + name.length] ?? ' ')) continue;
		// Within one line: a heading ("## Bismarck") before the first line of a list is no first name.
		const line = text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 60), at);
		const word = /(\S+)[ \t]+$/.exec(line)?.[1].replace(/^[("“'‘]+/, '');
		// "Charles de Gaulle" written "de Gaulle" throughout: the particle belongs to the name.
		if (word && NAME_PARTICLE.test(word)) {
			before.add(word);
			continue;
		}
		if (!word || word === name || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(word) || isStopword(word) || NOT_A_NAME.test(word))
			return undefined;
		// "Francisco de Paula Santander": "Paula Santander" would be a name nobody has.
		if (PARTICLE_BEFORE.test(line.replace(/\S+[ \t]+$/, ''))) return undefined;
		before.add(word);
	}
	return before.size ? before : undefined;
}

const LETTER = /\p{L}/u;
const PATRONYMIC = /(?:ovich|evich|ovna|evna|ich)$/;

function count(phrase: string, text: string): number {
	let n = 0;
	for (let at = text.indexOf(phrase); at >= 0 && n < 2; at = text.indexOf(phrase, at + 1)) n++;
	return n;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;

/** "Shah" for "Jahan": the one word always before it, or, when the text has several ("Shah Jahan",
 * "Nur Jahan"), the one its quote uses. */
function firstNameFor(name: string, words: Set<string>, quote: string): string | undefined {
	if (words.size === 1) return [...words][0];
	const inQuote = new RegExp(`(\\S+)\\s+${escapeRegExp(name)}\\b`, 'u').exec(quote)?.[1];
	return inQuote && words.has(inQuote) ? inQuote : undefined;
}

export function withFullNames(card: Card, text: string, cache = new Map<string, Set<string> | undefined>()): Card {
	let out = card;
	for (const person of card.people) {
		if (/\s/.test(person)) continue;
		if (!cache.has(person)) cache.set(person, namesBefore(person, text));
		// A document that also writes the name alone ("Joseph") may still always write it whole in the
		// passage the card quotes ("Franz Joseph signed …"): the card takes the quote's form.
		const words = cache.get(person) ?? namesBefore(person, card.source.quote.replace(/\s+/g, ' '));
		const first = words && firstNameFor(person, words, card.source.quote);
		// From the quote alone, only a whole name the document uses again, and never a patronymic
		// ("Mikhail Ivanovich Kalinin") or a noun before the name ("At the same Congress Stalin …").
		if (first && !cache.get(person) && (PATRONYMIC.test(first) || count(`${first} ${person}`, text) < 2)) continue;
		if (!first) continue;
		const full = `${first} ${person}`;
		const bare = new RegExp(`(?<!${escapeRegExp(first)}\\s)\\b${escapeRegExp(person)}\\b`, 'g');
		out = {
			...out,
			front: out.front.replace(bare, full),
			back: out.back.replace(bare, full),
			people: out.people.map((p) => (p === person ? full : p)),
			...(out.author === person ? { author: full } : {})
		};
	}
	return out;
}
