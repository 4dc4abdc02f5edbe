/**
 * Finds the decks shipped with this build and fetches them on demand. The build gives every deck file
 * a content-hashed URL, so the list of URLs is itself the version of the shipped decks: a rebuilt deck
 * changes its URL and the app imports again; an unchanged build never re-imports. Only the URLs are in
 * the first-load JavaScript; the decks are fetched (and precached by the service worker) as JSON.
 */
import type { DeckFile } from '../cards/types';
import type { BundledDeck } from '../db/decks-repo';

const deckUrls = import.meta.glob('/cards/decks/*.json', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

const sourceUrls = import.meta.glob('/cards/sources/*.{txt,md}', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Bumped when the way decks are imported changes, to force one re-import. */
const IMPORT_FORMAT = 1;

function fileName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/** The shipped deck files (index.json excluded), by file name. */
function shippedDeckUrls(): [string, string][] {
	return Object.entries(deckUrls)
		.filter(([path]) => fileName(path) !== 'index.json')
		.sort(([a], [b]) => a.localeCompare(b));
}

/** 53-bit string hash (cyrb53): short, stable, good enough to tell builds apart. */
function hash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function shippedDecksVersion(): string {
	const urls = shippedDeckUrls().map(([path, url]) => `${fileName(path)}=${url}`);
	return `${IMPORT_FORMAT}:${urls.length}:${hash(urls.join('\n'))}`;
}

export function shippedDeckCount(): number {
	return shippedDeckUrls().length;
}

function isDeckFile(value: unknown): value is DeckFile {
	const v = value as Partial<DeckFile> | null;
	return (
		typeof v === 'object' &&
		v !== null &&
		typeof v.id === 'string' &&
		typeof v.title === 'string' &&
		typeof v.document === 'string' &&
		Array.isArray(v.cards)
	);
}

async function fetchText(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`);
	return response.text();
}

/** Downloads every shipped deck with its document text; `onLoaded` counts decks as they arrive. */
export async function loadShippedDecks(
	onLoaded?: (done: number, total: number) => void
): Promise<BundledDeck[]> {
	const entries = shippedDeckUrls();
	const sources = new Map(Object.entries(sourceUrls).map(([path, url]) => [fileName(path), url]));
	let done = 0;
	const decks = await Promise.all(
		entries.map(async ([path, url]) => {
			const parsed: unknown = JSON.parse(await fetchText(url));
			if (!isDeckFile(parsed)) throw new Error(`${fileName(path)} is not a deck file`);
			const sourceUrl = sources.get(parsed.document);
			// The document text is a nice-to-have (quotes already carry the passage): a failed fetch keeps
			// the text stored earlier instead of failing the whole import.
			const text = sourceUrl ? await fetchText(sourceUrl).catch(() => undefined) : undefined;
			onLoaded?.(++done, entries.length);
			return { deck: parsed, text };
		})
	);
	return decks;
}
