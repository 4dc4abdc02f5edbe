/**
 * Shared shapes of the ingest stage. Offsets named `start`/`end` are always into the user's
 * ORIGINAL, unedited text; offsets into the cleaned text are named `cleanStart`/`cleanEnd`.
 */

/** Who speaks in a passage, in which work, and when — as far as the document says. */
export interface Attribution {
	author?: string;
	work?: string;
	/** Year the work was written or delivered, when the document states it. */
	year?: number;
}

export interface Section {
	/** Cleaned title, e.g. "The Foundations of Leninism", or null for untitled text. */
	title: string | null;
	start: number;
	end: number;
	cleanStart: number;
	cleanEnd: number;
	attribution: Attribution;
}

export interface Sentence {
	/** Cleaned, single-line text: no hyphenation breaks, letter-spacing, headers or markup. */
	text: string;
	start: number;
	end: number;
	cleanStart: number;
	cleanEnd: number;
	sectionIndex: number;
	paragraphIndex: number;
	/** True for bullet-list items and chronicle lines: fragments, not prose. */
	listItem: boolean;
}

export interface IngestedDocument {
	/** Name as given (file path for the CLI, file name in the app). */
	document: string;
	original: string;
	clean: string;
	/** cleanToOriginal[i] = offset in `original` of clean character i; length clean.length + 1. */
	cleanToOriginal: Int32Array;
	sections: Section[];
	sentences: Sentence[];
	/** Document-level attribution guessed from its head (e.g. a works volume by one author). */
	attribution: Attribution;
	warnings: string[];
}
