/** What "Share to Annals" delivered, as kept by the service worker (static/share-target.js). */
export interface SharedItems {
	title: string;
	text: string;
	url: string;
	files: File[];
}

const SHARE_CACHE = 'annals-share';

interface SharedMeta {
	title: string;
	text: string;
	url: string;
	files: { key: string; name: string; type: string }[];
}

/** Reads the last share once and forgets it, so a reload does not import it twice. */
export async function takeShared(): Promise<SharedItems | null> {
	if (!('caches' in globalThis)) return null;
	const cache = await caches.open(SHARE_CACHE);
	const metaResponse = await cache.match('/shared/meta');
	if (!metaResponse) return null;
	const meta = (await metaResponse.json()) as SharedMeta;
	const files: File[] = [];
	for (const f of meta.files) {
		const response = await cache.match(f.key);
		if (response) files.push(new File([await response.blob()], f.name, { type: f.type }));
	}
	await caches.delete(SHARE_CACHE);
	return { title: meta.title, text: meta.text, url: meta.url, files };
}
