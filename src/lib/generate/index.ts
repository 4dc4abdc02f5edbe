/**
 * The generator pipeline: document text → ingest → facts → cards → quality filter → dedupe → merge
 * across documents. Pure and synchronous (no Node APIs, no DOM), so it runs unchanged in Node, in
 * tests and in a Web Worker; the caller passes progress callbacks and owns any I/O.
 */
import { ingestDocument, IngestError } from '../ingest';
import { extractFacts } from '../extract';
import { cardsForDocument } from '../cards';
import { mergeAcrossDocuments } from '../cards/merge';
import { examWorthyCard } from '../cards/exam-worthiness';
import { partiesNamedIn } from '../cards/party-names';
import type { Card, DeckFile } from '../cards/types';
import { deckId, deckTitle } from './deck-names';

/** Bump when a change to extraction or templates changes the cards of an unchanged document. */
export const GENERATOR_VERSION = 3;

export interface GenerateProgress {
	stage: 'ingest' | 'extract' | 'cards' | 'merge' | 'done';
	document: string;
	/** Documents finished so far, and in all. */
	done: number;
	total: number;
}

export interface GenerateOptions {
	onProgress?: (progress: GenerateProgress) => void;
}

export interface DocumentInput {
	name: string;
	text: string;
}

export interface DocumentResult {
	name: string;
	cards: Card[];
	warnings: string[];
	/** Set when the document could not be read at all (empty, binary, …). */
	error?: string;
}

/** Ingest, extract and template one document; a document that cannot be read yields a message, not a throw. */
export function cardsOfDocument(input: DocumentInput): DocumentResult {
	try {
		const doc = ingestDocument(input.name, input.text);
		const facts = extractFacts(doc);
		// Well-formed cards a teacher would still not examine on (open questions, trivia) stop here.
		const context = { parties: partiesNamedIn(doc.original) };
		const cards = cardsForDocument(doc, facts).cards.flatMap((card) => examWorthyCard(card, context) ?? []);
		return { name: input.name, cards, warnings: [...doc.warnings] };
	} catch (error) {
		// Unreadable input is the user's file, not a bug: say what is wrong with it. Anything else is our
		// bug, but one odd document must still not cost the student the decks of the others.
		const message =
			error instanceof IngestError
				? error.message
				: `Could not generate cards from ${input.name}: ${error instanceof Error ? error.message : String(error)}`;
		return { name: input.name, cards: [], warnings: [message], error: message };
	}
}

/**
 * Decks for several documents at once. A fact stated by two documents becomes one card citing both;
 * a different answer from a later document becomes a conflict on the earlier card. Each merged card
 * lives in the deck of its first source, so adding a document never moves or renames a card.
 */
export function generateDecks(docs: DocumentInput[], options: GenerateOptions = {}): DeckFile[] {
	return generateDeckSet(docs, options).decks;
}

export interface DeckSet {
	decks: DeckFile[];
	/** Documents that could not be read at all, with the message to show the user. */
	errors: { document: string; message: string }[];
}

/** Like generateDecks, but also says which documents could not be read (for the CLI and the import UI). */
export function generateDeckSet(docs: DocumentInput[], options: GenerateOptions = {}): DeckSet {
	const { onProgress } = options;
	const total = docs.length;
	const results: DocumentResult[] = [];
	docs.forEach((input, i) => {
		onProgress?.({ stage: 'ingest', document: input.name, done: i, total });
		results.push(cardsOfDocument(input));
		onProgress?.({ stage: 'cards', document: input.name, done: i + 1, total });
	});
	onProgress?.({ stage: 'merge', document: '', done: total, total });
	const merged = mergeAcrossDocuments(results.map((r) => r.cards));
	const byDocument = new Map<string, Card[]>(docs.map((d) => [d.name, []]));
	for (const card of merged) byDocument.get(card.source.document)?.push(card);
	const decks = results.map((result): DeckFile => {
		const deck: DeckFile = {
			id: deckId(result.name),
			document: result.name,
			title: deckTitle(result.name),
			generatorVersion: GENERATOR_VERSION,
			cards: byDocument.get(result.name) ?? []
		};
		if (result.warnings.length) deck.warnings = result.warnings;
		return deck;
	});
	onProgress?.({ stage: 'done', document: '', done: total, total });
	const errors = results.flatMap((r) => (r.error ? [{ document: r.name, message: r.error }] : []));
	return { decks, errors };
}

/** The deck of a single document. */
export function generateDeck(name: string, text: string, options: GenerateOptions = {}): DeckFile {
	return generateDecks([{ name, text }], options)[0];
}

export { deckId, deckTitle } from './deck-names';
