/** Seeded randomness: the same seed always builds the same quiz, so tests and history can replay it. */
export type Rng = () => number;

/** mulberry32: tiny, fast and good enough to shuffle quiz options. */
export function seededRng(seed: number): Rng {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A new array in random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

export function randomInt(rng: Rng, minInclusive: number, maxInclusive: number): number {
	return minInclusive + Math.floor(rng() * (maxInclusive - minInclusive + 1));
}
