/**
 * A document's text cut into runs for the document view: plain text, and passages some card was made
 * from (overlapping quotes merged into one marked run that lists all its cards).
 */
export interface QuotedCard {
	id: string;
	start: number;
	end: number;
}

export interface TextRun {
	start: number;
	end: number;
	/** Cards quoting (part of) this run; empty for plain text. */
	cardIds: string[];
}

export function passageRuns(textLength: number, cards: QuotedCard[]): TextRun[] {
	const spans = cards
		.filter((c) => c.end > c.start && c.start >= 0 && c.end <= textLength)
		.sort((a, b) => a.start - b.start || a.end - b.end);
	const runs: TextRun[] = [];
	let at = 0;
	let current: TextRun | undefined;
	for (const span of spans) {
		if (current && span.start < current.end) {
			current.end = Math.max(current.end, span.end);
			current.cardIds.push(span.id);
			continue;
		}
		if (current) runs.push(current);
		if (span.start > at && (!current || span.start > current.end))
			runs.push({ start: current ? current.end : at, end: span.start, cardIds: [] });
		current = { start: span.start, end: span.end, cardIds: [span.id] };
		at = span.end;
	}
	if (current) {
		runs.push(current);
		at = current.end;
	}
	if (at < textLength) runs.push({ start: at, end: textLength, cardIds: [] });
	return runs;
}

/** The run holding character `offset` (a deep link #<start>), if any is marked. */
export function runAt(runs: TextRun[], offset: number): TextRun | undefined {
	let lo = 0;
	let hi = runs.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const run = runs[mid];
		if (offset < run.start) hi = mid - 1;
		else if (offset >= run.end) lo = mid + 1;
		else return run;
	}
	return undefined;
}
