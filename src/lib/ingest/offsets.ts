import type { IngestedDocument } from './types';

/**
 * Map a span of the cleaned text back to the user's original text. The end maps through the last
 * included character (not the one after it), so text the cleaner dropped after the span — a page
 * header, a hyphen break — never leaks into the quote.
 */
export function originalSpan(
	doc: Pick<IngestedDocument, 'cleanToOriginal'>,
	cleanStart: number,
	cleanEnd: number
): { start: number; end: number } {
	const map = doc.cleanToOriginal;
	if (cleanEnd <= cleanStart) {
		const at = map[Math.min(cleanStart, map.length - 1)];
		return { start: at, end: at };
	}
	return { start: map[cleanStart], end: map[cleanEnd - 1] + 1 };
}
