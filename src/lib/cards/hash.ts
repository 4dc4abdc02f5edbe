/**
 * cyrb53: a fast, well-distributed 53-bit string hash (public domain, bryc). Card ids are derived
 * from the fact, never from its position, so review history survives regeneration.
 */
export function cyrb53(text: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A short stable id: base36 of cyrb53, prefixed with the card kind for readability in logs. */
export function stableCardId(kind: string, form: string, factKey: string): string {
	return `${kind[0]}${form[0]}-${cyrb53(`${kind}|${form}|${factKey}`).toString(36)}`;
}
