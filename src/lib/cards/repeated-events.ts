/**
 * "When was Kalinin arrested?" has one answer only if the document tells of one arrest. A biography
 * that arrests its subject in 1899, 1903 and 1916 makes the bare question a guess: the card asks for
 * the first arrest when its date is the earliest the document gives, and goes otherwise.
 */
import type { Sentence } from '../ingest/types';
import type { Card } from './types';
import { escapeRegExp } from './text';

/** Things that befall one person again and again; the bare question names none of the occasions. */
const BARE_REPEATED =
	/^When (was|were|did) (.+?) (arrested|exiled|deported|banished|imprisoned|jailed|wounded|escape|escaped|flee|fled)\?$/;

const STEMS: Record<string, string> = {
	arrested: 'arrest',
	exiled: 'exile',
	deported: 'deport',
	banished: 'banish',
	imprisoned: 'imprison',
	jailed: 'jail',
	wounded: 'wound',
	escape: 'escape',
	escaped: 'escape',
	flee: 'fle',
	fled: 'fle'
};

/** The years the document gives for this kind of event befalling this person (or "he"/"she" nearby). */
function yearsOf(stem: string, person: string, sentences: Sentence[]): Set<string> {
	const surname = person.trim().split(/\s+/).pop() ?? person;
	const event = new RegExp(`\\b${stem}`, 'i');
	const who = new RegExp(`\\b(?:${escapeRegExp(surname)}|he|she|him|her)\\b`, 'i');
	const years = new Set<string>();
	for (const s of sentences) {
		if (!event.test(s.text) || !who.test(s.text)) continue;
		for (const y of s.text.match(/\b1\d{3}\b|\b20\d{2}\b/g) ?? []) years.add(y);
	}
	return years;
}

/** "during World War I", "during the Crimean War", "during the Hundred Days": a named time, capitalised. */
const DURING_NAMED_TIME =
	/\bduring ((?:the )?\p{Lu}[\p{L}'’-]*(?: (?:of |the |de )*(?:\p{Lu}[\p{L}'’-]*|I{1,3}|IV|V|\d{4}))*)/u;

export function oneOfRepeatedEvents(cards: Card[], sentences: Sentence[]): Card[] {
	return cards.flatMap((card) => {
		const m = card.kind === 'date' && card.date ? BARE_REPEATED.exec(card.front) : null;
		// "When was Stalin first arrested?" already names its occasion.
		if (!m || /\b(?:first|again|last|second|third|once more|finally)\b/i.test(m[2])) return [card];
		const years = [...yearsOf(STEMS[m[3]], m[2], sentences)].sort();
		if (years.length < 2) return [card];
		if (card.date?.iso.slice(0, 4) === years[0]) return [{ ...card, front: `When ${m[1]} ${m[2]} first ${m[3]}?` }];
		// "In November 1916, during World War I, … Kalinin was arrested again": the named time the
		// sentence gives tells this arrest from the others.
		const sentence = sentences.find((s) => s.start <= card.source.start && card.source.start < s.end);
		const during = sentence && DURING_NAMED_TIME.exec(sentence.text);
		return during ? [{ ...card, front: `When ${m[1]} ${m[2]} ${m[3]} during ${during[1]}?` }] : [];
	});
}
