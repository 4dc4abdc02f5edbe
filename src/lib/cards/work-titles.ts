/**
 * "The October Revolution and the Tactics of the Russian Communists?": a heading whose last character
 * is a footnote sign the PDF layer turned into "?". A title that really asks ("Trotskyism or
 * Leninism?") keeps its mark wherever the document cites it; one that the document elsewhere cites
 * without the mark ("…the Tactics of the Russian Communists, which gives…") lost nothing by dropping it.
 */
import type { Card } from './types';
import { escapeRegExp } from './text';


/** Whether the document cites this title (ending in "?") somewhere without its question mark. */
export function strayQuestionMark(title: string, text: string): boolean {
	if (!title.endsWith('?')) return false;
	const words = title.slice(0, -1).trim().split(/\s+/).map(escapeRegExp).join('\\s+');
	return new RegExp(`${words}(?![\\s”"’']*\\?)`, 'i').test(text);
}

export function withWorkTitleMended(card: Card, text: string, cache = new Map<string, boolean>()): Card {
	const title = card.work ?? card.source.work;
	if (!title?.endsWith('?')) return card;
	if (!cache.has(title)) cache.set(title, strayQuestionMark(title, text));
	if (!cache.get(title)) return card;
	const mended = title.slice(0, -1).trim();
	return {
		...card,
		front: card.front.split(title).join(mended),
		...(card.work ? { work: mended } : {}),
		source: card.source.work === title ? { ...card.source, work: mended } : card.source,
		sources: card.sources.map((s) => (s.work === title ? { ...s, work: mended } : s))
	};
}
