/**
 * Whether the browser may delete Annals' data to free space, and how much it holds. Browsers keep
 * site data "best effort" by default: under storage pressure (or, in Safari, after about seven days
 * without a visit) they may delete it. `navigator.storage.persist()` asks them not to.
 */

export interface PersistenceResult {
	/** True when the browser promises not to evict the data without asking the user. */
	persisted: boolean;
	/** False when this browser has no StorageManager persistence API at all. */
	supported: boolean;
}

export interface StorageUse {
	/** Bytes used by this site (IndexedDB, caches, service worker). */
	usage: number;
	/** Bytes the browser would let this site use. */
	quota: number;
}

function storageManager(): StorageManager | undefined {
	return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : undefined;
}

/**
 * Ask the browser to keep the data. Chromium decides silently (installed apps and frequently used
 * sites get it); Firefox may show a permission prompt, which is why the app asks only after the user
 * has something to lose (the first import or the first review), not on first paint.
 */
export async function requestPersistentStorage(): Promise<PersistenceResult> {
	const storage = storageManager();
	if (!storage || typeof storage.persist !== 'function') return { persisted: false, supported: false };
	try {
		if (typeof storage.persisted === 'function' && (await storage.persisted())) {
			return { persisted: true, supported: true };
		}
		return { persisted: await storage.persist(), supported: true };
	} catch {
		// Some embedded browsers expose the API but throw; treat as "not granted" rather than fail.
		return { persisted: false, supported: true };
	}
}

/** The current state, without asking for anything (for the settings screen). */
export async function persistenceStatus(): Promise<PersistenceResult> {
	const storage = storageManager();
	if (!storage || typeof storage.persisted !== 'function') return { persisted: false, supported: false };
	try {
		return { persisted: await storage.persisted(), supported: true };
	} catch {
		return { persisted: false, supported: true };
	}
}

let requested: Promise<PersistenceResult> | undefined;

/**
 * Request persistence once per page load, however many times it is called: the import and the
 * review screen both call it after their first successful write.
 */
export function requestPersistentStorageOnce(): Promise<PersistenceResult> {
	requested ??= requestPersistentStorage();
	return requested;
}

/** Usage and quota, or undefined where the browser does not say. */
export async function storageEstimate(): Promise<StorageUse | undefined> {
	const storage = storageManager();
	if (!storage || typeof storage.estimate !== 'function') return undefined;
	try {
		const { usage, quota } = await storage.estimate();
		if (usage === undefined || quota === undefined) return undefined;
		return { usage, quota };
	} catch {
		return undefined;
	}
}

/** "3.2 MB": a byte count in the unit a person reads at a glance. */
export function formatBytes(bytes: number): string {
	const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	if (unit === 0) return `${Math.round(value)} ${value === 1 ? 'byte' : 'bytes'}`;
	return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
