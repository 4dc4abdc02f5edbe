/** Helpers for the library browser tests: reading the app's IndexedDB as it is, and picking files. */
import type { Page } from 'playwright-core';

export type StoreName = 'documents' | 'cards' | 'reviewLog' | 'settings' | 'quizResults';

/** Every row of the named stores, read with the raw IndexedDB API (not through the app's code). */
export async function dumpStores(page: Page, stores: StoreName[]): Promise<Record<string, unknown[]>> {
	return page.evaluate(async (names) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('annals');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const out: Record<string, unknown[]> = {};
		for (const name of names) {
			out[name] = await new Promise<unknown[]>((resolve, reject) => {
				const request = db.transaction(name, 'readonly').objectStore(name).getAll();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		}
		db.close();
		return out;
	}, stores);
}

/** The user's own live documents and their active cards, as stored. */
export async function userDocumentCount(page: Page): Promise<{ documents: number; cards: number }> {
	const { documents, cards } = await dumpStores(page, ['documents', 'cards']);
	// Live rows only: a deleted document is kept hidden (deletedAt, cards archived) for Undo.
	const mine = new Set(
		(documents as { id: string; origin: string; deletedAt?: number }[])
			.filter((d) => d.origin === 'user' && d.deletedAt === undefined)
			.map((d) => d.id)
	);
	return {
		documents: mine.size,
		cards: (cards as { deckId: string; archived: number }[]).filter(
			(c) => mine.has(c.deckId) && c.archived === 0
		).length
	};
}

/** Starts recording whether a progress bar ever appears (a fast import may show it only briefly). */
export async function watchProgressBar(page: Page): Promise<() => Promise<boolean>> {
	await page.evaluate(() => {
		const w = window as unknown as { sawProgress: boolean };
		w.sawProgress = false;
		new MutationObserver(() => {
			if (document.querySelector('progress, [role="progressbar"]')) w.sawProgress = true;
		}).observe(document.body, { subtree: true, childList: true });
	});
	return () => page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress);
}

export async function pickFile(
	page: Page,
	name: string,
	mimeType: string,
	buffer: Uint8Array
): Promise<void> {
	await page.getByLabel(/Choose a file/).setInputFiles({ name, mimeType, buffer: Buffer.from(buffer) });
}

/** Three short history texts with different facts, each one the generator finds dates and offices in. */
export const HISTORY_TEXTS = [
	[
		'The Party Congress of 1922',
		'Joseph Stalin became General Secretary of the Central Committee on 3 April 1922. The post had been created to manage the party apparatus.',
		'Vladimir Lenin died on 21 January 1924 at Gorki, near Moscow.'
	],
	[
		'The Soviet State',
		'Mikhail Kalinin was elected Chairman of the All-Russian Central Executive Committee on 30 March 1919, after the death of Yakov Sverdlov.',
		'Leon Trotsky was expelled from the Communist Party on 12 November 1927 and deported from the Soviet Union in February 1929.'
	],
	[
		'The Comintern',
		'Grigory Zinoviev became Chairman of the Executive Committee of the Communist International in March 1919.',
		'Nikolai Bukharin was appointed editor of Pravda in December 1917. Lev Kamenev was elected Chairman of the Moscow Soviet in 1918.'
	]
];

export const HISTORY_TEXT = HISTORY_TEXTS.map((paragraphs) => paragraphs.join('\n\n')).join('\n\n');
