/** Deck ids and titles from a document's file name. */

function baseName(name: string): string {
	return name.split(/[\\/]/).pop() ?? name;
}

/** "cards/sources/Kalinin Wikipedia.txt" → "kalinin-wikipedia": stable, URL- and key-safe. */
export function deckId(name: string): string {
	const slug = baseName(name)
		.replace(/\.[a-z0-9]{1,5}$/i, '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug || 'document';
}

/** "kalinin-wikipedia.txt" → "Kalinin Wikipedia". */
export function deckTitle(name: string): string {
	return baseName(name)
		.replace(/\.[a-z0-9]{1,5}$/i, '')
		.split(/[-_\s]+/)
		.filter(Boolean)
		.map((w) => (/^\d/.test(w) ? w : w[0].toUpperCase() + w.slice(1)))
		.join(' ');
}
