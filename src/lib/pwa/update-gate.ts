/**
 * When the "Update available" banner may show. A new version never interrupts study: while any
 * screen holds the gate (the review screen does, for as long as a session runs) the banner waits,
 * and it appears once the last hold is released. Nothing here reloads by itself.
 */
export interface UpdateGate {
	/** A new service worker is installed and waiting to take over. */
	waiting: boolean;
	/** Screens that asked the banner to wait (ids, so a double release cannot go negative). */
	holds: ReadonlySet<string>;
	/** The user pressed "Later" for this waiting version. */
	dismissed: boolean;
}

export const closedGate: UpdateGate = { waiting: false, holds: new Set(), dismissed: false };

export function bannerVisible(gate: UpdateGate): boolean {
	return gate.waiting && gate.holds.size === 0 && !gate.dismissed;
}

/** A newly waiting version is news again, even if an older one was dismissed. */
export function updateFound(gate: UpdateGate): UpdateGate {
	return { ...gate, waiting: true, dismissed: false };
}

export function dismissed(gate: UpdateGate): UpdateGate {
	return { ...gate, dismissed: true };
}

export function held(gate: UpdateGate, holder: string): UpdateGate {
	return { ...gate, holds: new Set(gate.holds).add(holder) };
}

export function released(gate: UpdateGate, holder: string): UpdateGate {
	const holds = new Set(gate.holds);
	holds.delete(holder);
	return { ...gate, holds };
}
