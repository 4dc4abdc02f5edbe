/**
 * "According to Stalin (1924), what is the Party?" has one right answer only when the document gives
 * one definition of the Party. When the same author defines the same term several times ("the
 * advanced detachment", "the organised detachment", "the General Staff of the proletariat"), the
 * student cannot know which one the card wants: the question is open. Such a definition is asked the
 * other way round — from the definition to the term, which has one answer — or, when a reverse or
 * cloze card of the same definition is already there, the open question goes.
 */
import type { Card } from './types';
import { stableCardId } from './hash';
import { givesAwayAnswer } from './quality';
import { capitalise, isStopword, normaliseKey, wordCount } from './text';

/** A definition longer than this makes a reverse question nobody can read at a glance. */
const MAX_REVERSED_WORDS = 24;

function isDefinition(card: Card): boolean {
	return card.kind === 'thesis' && /\|(?:definition|position)\|/.test(card.factKey) && !!card.topic;
}

/** One definition's key, whichever card asks it: a term cloze adds "|term" to the definition's key. */
function claimKey(card: Card): string {
	return card.factKey.replace(/\|(?:term|judgement)$/, '');
}

function termKey(card: Card): string {
	return `${normaliseKey(card.author ?? '')}|${normaliseKey(card.topic ?? '')}`;
}

/** "According to Stalin, “Work” (1924), what is the Party?" → its attribution and copula. */
const BASIC_DEFINITION = /^(According to [^?]+?), what (is|are|was|were) [^?]+\?$/;

/** The definition as it reads inside a question: lower-case unless it opens with a name. */
function asQuoted(answer: string): string {
	const first = answer.split(/\s/)[0] ?? '';
	const lowered = isStopword(first) ? answer[0].toLowerCase() + answer.slice(1) : answer;
	return lowered.replace(/[“”]/g, '"').replace(/"/g, "'");
}

function reversed(card: Card): Card | undefined {
	const m = BASIC_DEFINITION.exec(card.front);
	if (!m || wordCount(card.back) > MAX_REVERSED_WORDS) return undefined;
	const copula = /^(?:are|were)$/.test(m[2]) ? 'are' : 'is';
	// The work's title may hold the term ("The Foundations of Leninism" for Leninism): cite the year only.
	const according = m[1].replace(/, “[^”]*”(?= \(\d{4}\)$)/, '');
	const front = `${according}, what ${copula} “${asQuoted(card.back)}”?`;
	const back = capitalise(card.topic ?? '');
	if (givesAwayAnswer(front, back)) return undefined;
	return { ...card, id: stableCardId(card.kind, 'reverse', card.factKey), form: 'reverse', front, back };
}

export function oneAnswerPerDefinition(cards: Card[]): Card[] {
	const claims = new Map<string, Set<string>>();
	for (const card of cards) {
		if (!isDefinition(card)) continue;
		const key = termKey(card);
		claims.set(key, (claims.get(key) ?? new Set()).add(claimKey(card)));
	}
	const askedOtherwise = new Set(cards.filter((c) => c.form !== 'basic').map(claimKey));
	const out: Card[] = [];
	for (const card of cards) {
		const open = card.form === 'basic' && isDefinition(card) && (claims.get(termKey(card))?.size ?? 0) > 1;
		if (!open) out.push(card);
		else if (!askedOtherwise.has(claimKey(card))) out.push(reversed(card) ?? card);
	}
	return out;
}
