import type { Calendar, DatePrecision } from '../extract/types';

export type CardKind = 'date' | 'office' | 'thesis';
/** basic: question → answer; reverse: answer → question; cloze: a sentence with a gap. */
export type CardForm = 'basic' | 'reverse' | 'cloze';

export interface CardSource {
	/** The document as given (path for the CLI, document name in the app). */
	document: string;
	/** Exactly original.slice(start, end): the user's unedited text. */
	quote: string;
	start: number;
	end: number;
	author?: string;
	work?: string;
	year?: number;
}

/** Another document that gives a different answer for the same question. */
export interface CardConflict {
	back: string;
	source: CardSource;
}

export interface CardDate {
	iso: string;
	precision: DatePrecision;
	calendar: Calendar;
	alt?: { iso: string; calendar: Calendar };
	endIso?: string;
}

export interface Card {
	/** Stable across regeneration and across adding documents: derived from the fact, not from order. */
	id: string;
	kind: CardKind;
	form: CardForm;
	front: string;
	back: string;
	/** The first (primary) source. */
	source: CardSource;
	/** Every document that states this fact, primary first. */
	sources: CardSource[];
	conflicts: CardConflict[];
	date?: CardDate;
	people: string[];
	office?: string;
	author?: string;
	work?: string;
	topic?: string;
	/** 0..1, higher first. */
	importance: number;
	/** Normalised key of the underlying fact; cards of one fact share it (basic and reverse forms). */
	factKey: string;
}

/** One shipped deck file in cards/decks/: the cards of one source document. */
export interface DeckFile {
	/** Stable id of the document (slug of its file name). */
	id: string;
	/** File name, e.g. "kalinin-wikipedia.txt". */
	document: string;
	/** Human title, e.g. "Kalinin Wikipedia". */
	title: string;
	generatorVersion: number;
	cards: Card[];
	/** What the generator could not read or clean in this document (empty file, binary, …). */
	warnings?: string[];
}
