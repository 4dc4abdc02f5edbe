/**
 * The import screen's state: from a file or pasted text, through the worker's progress, to a preview
 * the user trims, to the cards being added in one transaction. Cancel at any point before "Add"
 * leaves nothing behind, because nothing is written before it.
 */
import type { Card, CardKind, DeckFile } from '$lib/cards/types';
import { annalsDb } from '$lib/db/schema';
import { addImportedDocument, cardsAlreadyInLibrary, uniqueDocumentId } from '$lib/db/library-repo';
import { ImportCancelled, startImport, type ImportJob } from '$lib/generate/generate-main';
import type { ImportProgress, ImportSource, ReadResult } from '$lib/generate/generate-messages';
import { fileTooLarge, MAX_FILE_BYTES } from '$lib/library/errors';

export type FlowPhase = 'idle' | 'working' | 'preview' | 'adding';

class ImportFlow {
	phase = $state<FlowPhase>('idle');
	progress = $state<ImportProgress | null>(null);
	fileName = $state('');
	error = $state<string | null>(null);
	/** After "Add": what happened, for the status line. */
	outcome = $state<string | null>(null);
	addedDocumentId = $state<string | null>(null);
	document = $state.raw<ReadResult | null>(null);
	deck = $state.raw<DeckFile | null>(null);
	/** The generated cards, most important first. Raw: thousands of cards need no deep reactivity. */
	cards = $state.raw<Card[]>([]);
	/** Single cards and whole kinds the user dropped from the preview. */
	dropped = $state.raw(new Set<string>());
	droppedKinds = $state.raw(new Set<CardKind>());
	/** Facts already in the library from another document: they will not be added twice. */
	duplicates = $state.raw(new Set<string>());
	elapsedMs = $state(0);
	#job: ImportJob | null = null;
	/** Set by Cancel before the worker has even started (the id lookup is still running). */
	#cancelRequested = false;

	get busy(): boolean {
		return this.phase === 'working' || this.phase === 'adding';
	}

	/** Fraction 0..1 over both phases: reading is the first fifth, generating the rest. */
	get fraction(): number {
		const p = this.progress;
		if (!p || p.total === 0) return 0;
		const part = Math.min(1, p.done / p.total);
		return p.phase === 'reading' ? part * 0.2 : 0.2 + part * 0.8;
	}

	keeps(card: Card): boolean {
		return !this.droppedKinds.has(card.kind) && !this.dropped.has(card.id) && !this.duplicates.has(card.id);
	}

	get kept(): Card[] {
		return this.cards.filter((c) => this.keeps(c));
	}

	// The sets are replaced, never mutated: $state.raw notices a new value, not a changed one.
	setKind(kind: CardKind, keep: boolean): void {
		this.droppedKinds = toggled(this.droppedKinds, kind, !keep);
	}

	setCard(id: string, keep: boolean): void {
		this.dropped = toggled(this.dropped, id, !keep);
	}

	async importFile(file: File): Promise<void> {
		if (file.size > MAX_FILE_BYTES) {
			this.#fail(fileTooLarge(file.name, file.size).message);
			return;
		}
		const bytes = new Uint8Array(await file.arrayBuffer());
		await this.#run({ kind: 'file', name: file.name, mimeType: file.type, bytes });
	}

	async importText(text: string, title: string): Promise<void> {
		const name = (title.trim() || firstWords(text) || 'Pasted text').slice(0, 80);
		await this.#run({ kind: 'text', name, text });
	}

	cancel(): void {
		this.#cancelRequested = true;
		this.#job?.cancel();
	}

	discard(): void {
		this.#reset();
	}

	async add(): Promise<void> {
		const document = this.document;
		const deck = this.deck;
		if (!document || !deck || this.phase !== 'preview') return;
		this.phase = 'adding';
		try {
			const cards = this.kept;
			const result = await addImportedDocument(
				annalsDb(),
				{
					id: deck.id,
					name: document.name,
					title: document.title,
					text: document.text,
					generatorVersion: deck.generatorVersion
				},
				cards,
				Date.now()
			);
			const name = document.title;
			this.#reset();
			this.addedDocumentId = result.documentId;
			this.outcome =
				`Added “${name}” with ${result.added} new card${result.added === 1 ? '' : 's'}.` +
				(result.alreadyInLibrary ? ` ${result.alreadyInLibrary} were already in your library.` : '');
		} catch (error) {
			this.phase = 'preview';
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	async #run(source: ImportSource): Promise<void> {
		if (this.busy) return;
		this.#reset();
		this.fileName = source.name;
		this.phase = 'working';
		this.progress = { phase: 'reading', done: 0, total: 1, cardsFound: 0 };
		this.#cancelRequested = false;
		try {
			const documentId = await uniqueDocumentId(annalsDb(), source.name);
			if (this.#cancelRequested) throw new ImportCancelled();
			this.#job = startImport(source, documentId, (p) => (this.progress = p));
			const { document, deck, elapsedMs } = await this.#job.result;
			const duplicates = await cardsAlreadyInLibrary(
				annalsDb(),
				deck.cards.map((c) => c.id)
			);
			this.document = document;
			this.deck = deck;
			this.elapsedMs = elapsedMs;
			this.duplicates = duplicates;
			this.cards = [...deck.cards].sort((a, b) => b.importance - a.importance);
			this.phase = 'preview';
		} catch (error) {
			if (error instanceof ImportCancelled) {
				this.#reset();
				this.outcome = 'Import cancelled. Nothing was added.';
			} else this.#fail(error instanceof Error ? error.message : String(error));
		} finally {
			this.#job = null;
		}
	}

	#fail(message: string): void {
		this.#reset();
		this.error = message;
	}

	#reset(): void {
		this.phase = 'idle';
		this.progress = null;
		this.error = null;
		this.outcome = null;
		this.addedDocumentId = null;
		this.document = null;
		this.deck = null;
		this.cards = [];
		this.dropped = new Set();
		this.droppedKinds = new Set();
		this.duplicates = new Set();
	}
}

function toggled<T>(set: ReadonlySet<T>, item: T, present: boolean): Set<T> {
	const others = [...set].filter((x) => x !== item);
	return new Set(present ? [...others, item] : others);
}

function firstWords(text: string): string {
	return text.trim().split(/\s+/).slice(0, 6).join(' ');
}

export const importFlow = new ImportFlow();
