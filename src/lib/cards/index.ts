/** Cards of one ingested document: templates, then the quality filter, then per-document dedupe. */
import type { IngestedDocument } from '../ingest/types';
import type { Fact } from '../extract/types';
import type { Card } from './types';
import { cardsFromFact } from './templates';
import { cardProblems, type Problem } from './quality';
import { dedupeWithinDocument } from './merge';
import { canonicalPerson, findPersonNames, peopleContext, type PersonIndex } from '../extract/people';
import { deathOfSomeoneElse, pronounActorUnsure } from './pronoun-actors';
import { withPassiveRestored } from './passive-voice';
import { withPartOfYear } from './dates';
import { withFullNames } from './full-names';
import { withWorkTitleMended } from './work-titles';
import { officeCardsFromDates } from './office-from-dates';
import { oneAnswerPerDefinition } from './open-definitions';
import { oneOfRepeatedEvents } from './repeated-events';

/**
 * The card names a person its quote does not show, while the quote names someone else ("As for
 * Pyatakov, he is…" carded as Stalin): the pronoun was resolved to the wrong person.
 */
export function namesSomeoneElse(card: Card, known?: PersonIndex): boolean {
	if (card.kind === 'thesis' || card.people.length === 0) return false;
	const quote = card.source.quote.replace(/\s+/g, ' ');
	const flat = quote.replace(/\s+/g, '');
	const surname = (name: string) => name.trim().split(/\s+/).pop() ?? name;
	if (card.people.some((p) => flat.includes(surname(p)))) return false;
	// "I first met Lenin in December 1905": the speaker of the passage, whom its attribution names.
	const speaker = card.source.author;
	if (speaker && /\b(?:I|me|my)\b/.test(quote) && card.people.some((p) => surname(p) === surname(speaker)))
		return false;
	// Someone named before any pronoun; a pronoun before them stands for the card's person ("the Senate
	// proclaimed him Emperor … in the presence of Pius VII"). The document's own people count too
	// ("VE III dismisses Mussolini → arrested" is Mussolini's arrest).
	const pronoun = /\b(?:he|she|him|her|his)\b/i.exec(quote)?.index ?? quote.length;
	if (findPersonNames(quote).some((m) => m.index < pronoun)) return true;
	return (
		!!known &&
		findPersonNames(quote, known).some((m) => m.index < pronoun && known.people.has(canonicalPerson(m.name, known).key))
	);
}

export interface RejectedCard {
	card: Card;
	problems: Problem[];
}

export interface DocumentCards {
	cards: Card[];
	rejected: RejectedCard[];
}

export function cardsForDocument(doc: IngestedDocument, facts: Fact[]): DocumentCards {
	const ctx = { doc };
	const known = peopleContext(doc).index;
	const names = new Map<string, Set<string> | undefined>();
	const titles = new Map<string, boolean>();
	const sentenceLines = doc.sentences.map((s) => s.text).join('\n');
	const accepted: Card[] = [];
	const rejected: RejectedCard[] = [];
	for (const fact of facts) {
		for (const card of cardsFromFact(fact, ctx).map((c) => withWorkTitleMended(withFullNames(withPartOfYear(withPassiveRestored(c)), sentenceLines, names), doc.original, titles))) {
			const problems = cardProblems(card, doc.original);
			if (namesSomeoneElse(card, known) || pronounActorUnsure(card, doc, known) || deathOfSomeoneElse(card, known))
				problems.push('wrong-person');
			if (problems.length) rejected.push({ card, problems });
			else accepted.push(card);
		}
	}
	// Dedupe turns a term's further definitions into clozes: they pass the same filter.
	const deduped = dedupeWithinDocument(accepted).filter((card) => {
		if (accepted.includes(card)) return true;
		const problems = cardProblems(card, doc.original);
		if (problems.length) rejected.push({ card, problems });
		return problems.length === 0;
	});
	const withOffices = officeCardsFromDates(deduped).filter((card) => {
		if (deduped.includes(card)) return true;
		const problems = cardProblems(card, doc.original);
		if (problems.length) rejected.push({ card, problems });
		return problems.length === 0;
	});
	const cards = oneOfRepeatedEvents(oneAnswerPerDefinition(oneReversePerTerm(withOffices)), doc.sentences).sort(
		(a, b) => b.importance - a.importance || a.source.start - b.source.start
	);
	return { cards, rejected };
}

/**
 * "What is the General Staff of the proletariat?" → "The Party" teaches once; six such cards for one
 * term only drill its name. Keep the strongest reverse definition per author and term.
 */
function oneReversePerTerm(cards: Card[]): Card[] {
	const best = new Map<string, Card>();
	for (const card of cards) {
		if (card.kind !== 'thesis' || card.form !== 'reverse' || card.factKey.includes('|said|')) continue;
		const key = `${card.author}|${card.back.toLowerCase()}`;
		const seen = best.get(key);
		if (!seen || card.importance > seen.importance) best.set(key, card);
	}
	const keep = new Set(best.values());
	// Term clozes ("____ is the General Staff of the proletariat" → "The Party") drill the term too:
	// the three strongest per author and term.
	const clozes = new Map<string, Card[]>();
	for (const card of cards) {
		if (card.kind !== 'thesis' || card.form !== 'cloze' || !card.factKey.endsWith('|term')) continue;
		const key = `${card.author}|${card.back.toLowerCase()}`;
		clozes.set(key, [...(clozes.get(key) ?? []), card]);
	}
	// "Who said: “…”?" asks for a different line each time; a speech or a work of one author still
	// gives its three most memorable lines, not all of them.
	for (const card of cards) {
		if (card.kind !== 'thesis' || card.form !== 'reverse' || !card.factKey.includes('|said|')) continue;
		const key = `${card.author}|${card.work ?? ''}|said`;
		clozes.set(key, [...(clozes.get(key) ?? []), card]);
	}
	for (const group of clozes.values())
		for (const card of group
			.sort((a, b) => b.importance - a.importance || a.front.length - b.front.length)
			.slice(0, TERM_CLOZES))
			keep.add(card);
	return cards.filter(
		(c) =>
			c.kind !== 'thesis' ||
			(c.form === 'reverse' || (c.form === 'cloze' && c.factKey.endsWith('|term')) ? keep.has(c) : true)
	);
}

const TERM_CLOZES = 3;

export { cardsFromFact } from './templates';
export { cardProblems, debrisProblems, acceptable } from './quality';
export { mergeAcrossDocuments, dedupeWithinDocument } from './merge';
