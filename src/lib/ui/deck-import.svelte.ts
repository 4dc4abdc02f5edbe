/**
 * First-run (and after-update) import of the shipped decks, as reactive state the layout shows as a
 * progress bar. Every screen awaits `whenDecksReady()` before reading the store.
 */
import { annalsDb } from '../db/schema';
import { importBundledDecks, importedBundledVersion } from '../db/decks-repo';
import { loadShippedDecks, shippedDecksVersion } from './bundled-decks';
import { requestPersistentStorageOnce } from '../pwa/storage';

export type ImportPhase = 'checking' | 'downloading' | 'saving' | 'ready' | 'failed';

class DeckImportState {
	phase = $state<ImportPhase>('checking');
	done = $state(0);
	total = $state(0);
	error = $state<string | null>(null);
	#running: Promise<void> | null = null;

	get busy(): boolean {
		return this.phase === 'checking' || this.phase === 'downloading' || this.phase === 'saving';
	}

	/** Starts the check/import once; later calls share it. A failed import can be retried. */
	run(): Promise<void> {
		if (!this.#running || this.phase === 'failed') this.#running = this.#import();
		return this.#running;
	}

	async #import(): Promise<void> {
		const db = annalsDb();
		this.error = null;
		this.phase = 'checking';
		try {
			const version = shippedDecksVersion();
			if ((await importedBundledVersion(db)) === version) {
				this.phase = 'ready';
				return;
			}
			this.phase = 'downloading';
			this.done = 0;
			this.total = 0;
			const decks = await loadShippedDecks((done, total) => {
				this.done = done;
				this.total = total;
			});
			this.phase = 'saving';
			await importBundledDecks(db, decks, {
				now: Date.now(),
				version,
				onProgress: ({ done, total }) => {
					this.done = done;
					this.total = total;
				}
			});
			this.phase = 'ready';
			// The student now has something to lose: ask the browser not to evict it.
			void requestPersistentStorageOnce();
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.phase = 'failed';
		}
	}
}

export const deckImport = new DeckImportState();

/** Resolves once the shipped decks are in the store (or the import failed: screens then show what is there). */
export function whenDecksReady(): Promise<void> {
	return deckImport.run();
}
