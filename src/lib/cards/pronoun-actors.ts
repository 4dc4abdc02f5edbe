/**
 * "On 21 April 1526 he defeated Ibrahim Lodi" carded as another emperor's victory: the extractor took
 * "he" for the person the document is about, while the sentence before names the founder. A wrong
 * person on a card is worse than no card, so a date or office card whose person stands in its quote
 * only as a pronoun must find that person where a reader would: named before the pronoun in the same
 * sentence, or in the nearest earlier sentence of the paragraph that names anyone. Otherwise the card
 * goes. A person named only as an owner ("Akbar's friend and chronicler Abul Fazl … he was murdered")
 * is not the "he" either.
 */
import type { IngestedDocument, Sentence } from '../ingest/types';
import { canonicalPerson, findPersonNames, isFemale, type PersonIndex } from '../extract/people';
import type { Card } from './types';
import { escapeRegExp } from './text';

/** "he said:", "she argued that", "…, arguing that": the view is told of someone by a pronoun. */
const REPORTED_BY_PRONOUN =
	/\b(?:he|she)\s+(?:\w+ly\s+)?(?:said|wrote|argued|claimed|insisted|maintained|declared|believed|held|stated|contended)\b|,\s*(?:arguing|claiming|insisting|maintaining|contending)\s+that\b/i;

const PRONOUN = /\b(?:he|she|his|her|him|He|She|His|Her)\b/;
/** "Reynaud appointed him …": an object pronoun, whose antecedent is not the subject named before it. */
const OBJECT_PRONOUN = /^(?:him|her)$/;
const REGNAL = /^(?:[IVXL]+|Jr\.?|Sr\.?)$/;
/** Sentences of the paragraph a reader looks back through for whom "he" means. */
const LOOK_BACK = 3;

function sameSurname(a: string, b: string | undefined): boolean {
	const last = (name: string) => name.trim().split(/\s+/).pop()?.toLowerCase();
	return !!b && last(a) === last(b);
}


/** How a text may name the person: the full name, or its last word ("Bahadur Shah" for "Bahadur Shah II"). */
function namings(person: string): string[] {
	const words = person.trim().split(/\s+/);
	while (words.length > 1 && REGNAL.test(words[words.length - 1])) words.pop();
	const last = words[words.length - 1];
	return words.length > 2 ? [words.join(' ')] : [words.join(' '), last];
}

/** Named as the actor (not only as an owner, "Akbar's friend"): some naming not followed by 's. */
// Word edges by letters, not \b: "Hatoyama Ichirō" ends in a letter \b does not count as one.
function namedAsActor(text: string, person: string): boolean {
	return namings(person).some((name) => new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})(?!['’]s)`, 'u').test(text));
}

function namedAtAll(text: string, person: string): boolean {
	return namings(person).some((name) => new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'u').test(text));
}

export function pronounActorUnsure(card: Card, doc: Pick<IngestedDocument, 'sentences'>, known: PersonIndex): boolean {
	if (card.people.length === 0) return false;
	// A thesis in its author's own voice (a works volume, a speech) names nobody; one the text reports
	// ("… he developed tektology, arguing that …") must find its holder like a date card.
	if (card.kind === 'thesis' && (!card.author || sameSurname(card.author, card.source.author))) return false;
	if (card.kind === 'thesis' && !REPORTED_BY_PRONOUN.test(card.source.quote.replace(/\s+/g, ' '))) return false;
	const person = card.kind === 'thesis' && card.author ? card.author : card.people[0];
	const first = doc.sentences.findIndex((s) => s.end > card.source.start);
	if (first < 0) return false;
	// A quote of several sentences was widened on purpose to show the person; it is judged elsewhere.
	const quoted = doc.sentences.filter((s) => s.end > card.source.start && s.start < card.source.end);
	if (quoted.length !== 1) return false;
	const text = quoted[0].text;
	if (namedAsActor(text, person) || namesKnownAs(text, person, known)) return false;
	const pronoun = PRONOUN.exec(text);
	if (!pronoun) return false;
	const before = text.slice(0, pronoun.index);
	// "Akbar's friend … Abul Fazl …; he was murdered": the owner is not the "he".
	if (namedAtAll(before, person)) return true;
	const female = /^(?:she|her)$/i.test(pronoun[0]);
	// Someone else named before the pronoun in the quote is the nearer antecedent.
	if (!OBJECT_PRONOUN.test(pronoun[0]) && peopleNamed(before, known, female)) return true;
	return !nearestNamedIs(person, doc.sentences, first, known, female);
}

/** Whether the text names the person by another of the document's names for them ("Bonaparte", "Napoleon"). */
function namesKnownAs(text: string, person: string, known: PersonIndex): boolean {
	const key = canonicalPerson(person, known).key;
	return findPersonNames(text, known).some((m) => {
		if (/^['’]s/.test(text.slice(m.index + m.length))) return false;
		return canonicalPerson(m.name, known).key === key;
	});
}

/**
 * People the document knows (not "New Granada") whom the pronoun can stand for, in order: "his wife,
 * María Teresa, died …; he never married again" is not about her.
 */
function peopleNamedIn(text: string, known: PersonIndex, female: boolean): number[] {
	return findPersonNames(text, known)
		// "Succeeded as Chairman by V. N. Kokovtsov.": the agent of a passive is not the next "he".
		.filter((m) => !/\bby\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index)))
		.filter((m) => {
			const key = canonicalPerson(m.name, known).key;
			return known.people.has(key) && isFemale(key, known) === female;
		})
		.map((m) => m.index);
}

function peopleNamed(text: string, known: PersonIndex, female: boolean): boolean {
	return peopleNamedIn(text, known, female).length > 0;
}

const SAME_PRONOUN = { false: /\b(?:he|his|him)\b/i, true: /\b(?:she|her)\b/i };
/** An opening clause whose pronoun points forward to the subject: "Having lost his lands, Babur …". */
const FORWARD_OPENER = /^(?:Having|Being|After|Before|Despite|Though|Although|While|When|Once|Unlike|Like)\b[^,;]*,/;

/**
 * Whether the nearest earlier sentence of the paragraph that names anyone names this person. A
 * sentence that speaks of "him" before naming anyone ("Orphaned young, he was educated by tutors,
 * among them Rodríguez") goes on about the same person: the search looks further back.
 */
function nearestNamedIs(
	person: string,
	sentences: Sentence[],
	at: number,
	known: PersonIndex,
	female: boolean
): boolean {
	const { paragraphIndex, sectionIndex } = sentences[at];
	for (let i = at - 1; i >= 0 && i >= at - LOOK_BACK; i--) {
		const s = sentences[i];
		if (s.paragraphIndex !== paragraphIndex || s.sectionIndex !== sectionIndex) break;
		if (namedAsActor(s.text, person) || namesKnownAs(s.text, person, known)) return true;
		const named = peopleNamedIn(s.text, known, female);
		const opener = FORWARD_OPENER.exec(s.text)?.[0].length ?? 0;
		const pronoun = SAME_PRONOUN[`${female}`].exec(s.text.slice(opener));
		if (pronoun) pronoun.index += opener;
		if (named.length && (!pronoun || named[0] < pronoun.index)) return false;
	}
	// Nobody named nearby: "he" is the person the document is about, as the extractor took it.
	return true;
}

/**
 * "In 1611 he married Mihr-un-Nissa …; her father Mirza Ghiyas Beg … served as wazir until his death in
 * 1622": a death card for the sentence's subject, dated by a "his death" that follows another person.
 * The "his" of "his death" is the nearest person named before it; when that is someone else, the card
 * has the wrong person.
 */
export function deathOfSomeoneElse(card: Card, known: PersonIndex): boolean {
	if (card.kind !== 'date' || !card.date || card.people.length === 0) return false;
	if (!/^When did .+ die\?$/.test(card.front) && !/ died$/.test(card.back)) return false;
	const quote = card.source.quote.replace(/\s+/g, ' ');
	const year = card.date.iso.slice(0, 4);
	const death = new RegExp(`\\b(?:his|her) death\\b[^.;]{0,40}?\\b${year}\\b`).exec(quote);
	if (!death) return false;
	const sentenceStart = Math.max(0, quote.lastIndexOf('. ', death.index) + 1);
	const before = quote.slice(sentenceStart, death.index);
	const named = findPersonNames(before, known).filter(
		(m) => !/^['’]s/.test(before.slice(m.index + m.length)) && known.people.has(canonicalPerson(m.name, known).key)
	);
	const nearest = named[named.length - 1];
	if (!nearest) return false;
	const person = card.people[0];
	return !namedAsActor(nearest.name, person) && canonicalPerson(nearest.name, known).key !== canonicalPerson(person, known).key;
}
