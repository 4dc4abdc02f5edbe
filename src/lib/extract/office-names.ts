import type { IngestedDocument } from '../ingest/types';
import {
	canonicalPerson,
	displayName,
	findPersonNames,
	isCommonWord,
	type Antecedents,
	type PersonIndex
} from './people';

/**
 * Holders' names as office sentences of any country write them, shared by the office readers of
 * office-fallback.ts and office-implicit.ts: a name pattern for their regular expressions, and the
 * checks that a matched run of capitals is a person.
 */

export const NAME_WORD = String.raw`[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ÿĀ-ž’'-]+`;
export const PARTICLE = String.raw`(?:von|van|de|der|du|da|di|del|la|le|de\s+la|de\s+Paula)`;
/** A name: initials, capitalised words and particles ("Antonio José de Sucre", "V. N. Kokovtsov"). */
export const NAME = String.raw`(?:[A-Z][a-z]?\.\s?){0,3}${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){0,3}(?:\s+[IVX]{1,5}\b)?`;
/** What may stand after a name before its verb: "(CDU)", ", Governor of Saratov,", "**". */
export const TAIL = String.raw`(?:\s*\([^()]{1,40}\))?(?:,[^,;]{1,80},)?(?:\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,3}\s+(?:was|is)\s+an?\s+[^]{0,400}?\.{3,4})?`;
/** A run of capitalised words (with initials and particles) that can be a person's name. */
export function plausibleName(text: string): boolean {
	const ws = text.trim().split(/\s+/);
	return (
		ws.length <= 5 &&
		ws.some((w) => /^[A-ZÀ-Þ][\p{Ll}’'-]+$/u.test(w) && !isCommonWord(w)) &&
		ws.every((w) =>
			/^(?:[A-Z][a-z]?\.|[A-ZÀ-ÞĀ-Ž][\p{L}’'-]+|de|da|del|di|du|von|van|der|la|le|Paula|[IVX]{1,5})$/u.test(w)
		) &&
		!ws.some((w) => isCommonWord(w) && /^[A-Z]/.test(w) && ws.length === 1)
	);
}

/** The person key a slot names: a name, or he/him/she/her resolved; null when it is no person. */
export function personKey(
	slot: string,
	known: PersonIndex,
	ante: Antecedents,
	text: string,
	at: number
): string | null {
	if (/^(?:he|him)$/i.test(slot) || /^(?:she|her)$/i.test(slot)) {
		const key = /^h/i.test(slot) ? ante.he : ante.she;
		if (!key) return null;
		// "Asquith appointed him": him is not the appointer named right before the verb.
		const before = findPersonNames(text.slice(0, at), known);
		const appointer = before[before.length - 1];
		if (/^(?:him|her)$/i.test(slot) && appointer && canonicalPerson(appointer.name, known).key === key)
			return null;
		return key;
	}
	const names = findPersonNames(slot, known);
	const last = names[names.length - 1];
	if (last) return canonicalPerson(last.name, known).key;
	const bare = slot.replace(/^(?:Sir|Lord|Count|Prince|Field Marshal|General|Marshal|Admiral)\s+/, '');
	return plausibleName(bare) ? canonicalPerson(bare, known).key : null;
}

/** Ottoman and Persian honorifics come after the name: "Köprülü Mehmed Pasha" is not "Pasha". */
const HONORIFIC_AFTER = /\s(?:Pasha|Bey|Effendi|Agha|Khan)$/;

export function registered(key: string, written: string, known: PersonIndex): string {
	if (HONORIFIC_AFTER.test(written)) return written.trim();
	if (!known.people.has(key)) {
		const display = canonicalPerson(written).display;
		known.people.set(key, { key, display, full: written, count: 1 });
	}
	return displayName(key, known);
}

/**
 * "de Gaulle": a surname the document writes after a Romance particle without the given names keeps
 * it; "Antonio José de Sucre" is "Sucre", and English drops the German one ("Bismarck").
 */
export function withParticle(doc: IngestedDocument, name: string): string {
	if (/\s/.test(name)) return name;
	// Only where the text calls him so without his given names: "de Gaulle was …", not "Antonio José de Sucre".
	const re = new RegExp(
		String.raw`(?<!\p{L})(\p{L}+\s+)?(de|du|da|di|del|della|de\s+la)\s+${name}(?!\p{L})`,
		'gu'
	);
	for (const m of doc.clean.matchAll(re)) if (!m[1] || !/^\p{Lu}/u.test(m[1])) return `${m[2]} ${name}`;
	return name;
}

/**
 * "Shah Jahan", "Hara Takashi": a name whose last word the document never writes alone is not known by
 * that word (a compound name, or the family name first), so the holder keeps the name as written.
 */
export function fullWhereNeverAlone(doc: IngestedDocument, display: string, written: string): string {
	const words = written.trim().split(/\s+/);
	if (words.length < 2 || /\s/.test(display) || display !== words[words.length - 1]) return display;
	if (words.some((w) => /^[A-Z][a-z]?\.$/.test(w))) return display;
	const before = words[words.length - 2];
	const alone = new RegExp(String.raw`(?<!${before}\s+)(?<![\p{L}])${display}(?![\p{L}])`, 'u');
	return alone.test(doc.clean) ? display : words.join(' ');
}
