/**
 * "Who became General Secretary of the Communist Party in 1922?" — which Communist Party? Within a
 * document that names no party more fully, the student knows which one is meant; within a document that
 * names exactly one ("the Russian Communist Party", "the Communist Party of Germany"), the card can say
 * it; only where a document names several is the bare phrase ambiguous and the card better dropped.
 */
import type { Card } from './types';

const KIND = String.raw`(?:Communist|Socialist|Social[- ]Democratic(?: Labour)?|Labour|Workers'?)`;
const NAMED_PARTY = new RegExp(
	String.raw`\b(?:(?!The\b)(\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?) ${KIND} Party\b|${KIND} Party of (?:the )?\p{Lu}[\p{Ll}]+(?: (?!The\b)\p{Lu}[\p{Ll}]+)*)`,
	'gu'
);
/** The bare phrase: not preceded by a capitalised qualifier, not followed by "of …" or "(…)". */
const BARE_PARTY = new RegExp(String.raw`(?<!\p{Lu}[\p{L}-]+ )\bthe (${KIND} Party)\b(?!\s+(?:of|\())`, 'u');

/** The distinct full names of parties a document uses ("Russian Communist Party", "Communist Party of Poland"). */
export function partiesNamedIn(text: string): string[] {
	const names = new Set<string>();
	for (const m of text.replace(/\s+/g, ' ').matchAll(NAMED_PARTY)) names.add(m[0].replace(/-/g, ' '));
	return [...names];
}

/** The first word of a bare party phrase's kind ("Communist"), if a face has one. */
function bareKind(face: string): string | undefined {
	return BARE_PARTY.exec(face)?.[1].split(' ')[0];
}

/** The card with a bare "the Communist Party" spelt out, when the document names exactly one party of that kind. */
export function withPartyNamed(card: Card, parties: string[] | undefined): Card {
	if (!parties || card.kind === 'thesis') return card;
	const spell = (face: string) => {
		const kind = bareKind(face);
		// Only the same kind: a document naming one Socialist Party says nothing of "the Communist Party".
		const same = kind ? parties.filter((p) => p.includes(kind)) : [];
		return same.length === 1 ? face.replace(BARE_PARTY, `the ${same[0]}`) : face;
	};
	const front = spell(card.front);
	const back = spell(card.back);
	return front === card.front && back === card.back ? card : { ...card, front, back };
}

/** A bare party phrase on the card is clear when the document names no party of that kind more fully. */
export function barePartyIsClear(card: Card, parties: string[] | undefined): boolean {
	if (!parties) return false;
	const kinds = [card.front, card.back].flatMap((face) => bareKind(face) ?? []);
	return kinds.every((kind) => !parties.some((p) => p.includes(kind)));
}
