import type { Sentence } from '../ingest/types';

export type DatePrecision = 'day' | 'month' | 'year' | 'decade';
export type Calendar = 'gregorian' | 'julian';

/** A calendar date as the source gives it. `iso` is YYYY, YYYY-MM or YYYY-MM-DD (decade: "1920s" → "1920"). */
export interface HistoricalDate {
	iso: string;
	precision: DatePrecision;
	calendar: Calendar;
	/** The same day in the other calendar when the source gives both (Old Style/New Style dual dates). */
	alt?: { iso: string; calendar: Calendar };
}

export interface DateValue {
	start: HistoricalDate;
	/** Set for ranges ("1922–1929", "from 1919 until 1946"); open-ended ranges leave it unset with `open: true`. */
	end?: HistoricalDate;
	open?: boolean;
	/** The date expression exactly as written in the original. */
	written: string;
	/** Offsets of the date expression in the original. */
	span: { start: number; end: number };
}

interface FactBase {
	sentence: Sentence;
	/** 0..1: how central the fact is likely to be for an exam (used for ranking and filtering). */
	importance: number;
}

export interface DateFact extends FactBase {
	kind: 'date';
	/** The event the date belongs to, as a clean clause with its actor resolved: "Lenin died". */
	event: string;
	/** A question stem for the event: "did Lenin die" (used as "When did Lenin die?"). */
	question: string;
	subject?: string;
	date: DateValue;
	/**
	 * Original span covering both the date and the event when they sit in different sentences (a
	 * chronicle's date line and the event lines under it); unset when the sentence holds both.
	 */
	passage?: { start: number; end: number };
}

export type SuccessionVerb =
	'elected' | 'appointed' | 'became' | 'replaced' | 'succeeded' | 'removed' | 'resigned' | 'held';

export interface OfficeFact extends FactBase {
	kind: 'office';
	person: string;
	/** The post, e.g. "General Secretary". */
	office: string;
	/** The body the post belongs to, e.g. "Central Committee of the Communist Party". */
	organisation?: string;
	how: SuccessionVerb;
	start?: DateValue;
	end?: DateValue;
	predecessor?: string;
	successor?: string;
	/** Original span covering a chronicle date line and the sentence under it, when they differ. */
	passage?: { start: number; end: number };
	/** The holder left under pressure ("was forced to step down as …"), not of their own accord. */
	forced?: boolean;
	/** The event or period the post is dated by when the text gives no date: "the Second World War". */
	during?: string;
	/** A body elected or formed as a whole: its members as the text lists them (`person` is the first). */
	members?: string[];
	/** The text names the holder as the post's first ("the first President of Bolivia"). */
	first?: boolean;
}

export type ThesisForm = 'definition' | 'position' | 'ascribed';

export interface ThesisFact extends FactBase {
	kind: 'thesis';
	/** Who claims it (the author or speaker of the passage, or the person the notes ascribe it to). */
	author: string;
	/** Set when the author's words are quoted in another author's text: who quotes them (work/year are the quoting text's). */
	quotedBy?: string;
	work?: string;
	year?: number;
	form: ThesisForm;
	/** What the thesis is about: "Leninism", "the dictatorship of the proletariat". */
	topic: string;
	/** The claim in clean words, without the attribution: "Leninism is Marxism of the era of imperialism…". */
	claim: string;
	/** Definitions and "X is Y" positions: what the claim says the topic is ("Marxism of the era of…"). */
	predicate?: string;
	/** Copula or verb linking topic and predicate as written ("is", "are", "consists in"). */
	link?: string;
	/** Ascribed positions: the reporting verb in its base form ("advocate", "argue", "warn"). */
	verb?: string;
	/** A hedge the author puts on a definition ("to be more exact", "objectively"), which the question keeps. */
	qualifier?: string;
	/** A key term of the work inside the claim (1–6 words), the best gap for a cloze card. */
	keyPhrase?: string;
}

export type Fact = DateFact | OfficeFact | ThesisFact;
