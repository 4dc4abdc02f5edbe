/*
 * "Share to Annals" for files (Web Share Target, POST multipart). Imported by the generated service
 * worker (workbox importScripts) so it runs before Workbox's own routes. Android delivers a share as
 * a navigation POST to /library/share; the worker keeps the shared files and text in a cache for the
 * library page to pick up, then redirects there. Nothing is parsed here: the page imports the files
 * through the usual worker pipeline, with its preview and checks.
 */
const SHARE_CACHE = 'annals-share';

self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'POST' || url.pathname !== '/library/share') return;
	event.respondWith(
		(async () => {
			const form = await event.request.formData();
			const cache = await caches.open(SHARE_CACHE);
			for (const key of await cache.keys()) await cache.delete(key);
			const files = form.getAll('files').filter((f) => typeof f !== 'string');
			const meta = {
				title: String(form.get('title') ?? ''),
				text: String(form.get('text') ?? ''),
				url: String(form.get('url') ?? ''),
				files: files.map((f, i) => ({ key: `/shared/${i}`, name: f.name, type: f.type }))
			};
			await Promise.all(
				files.map((f, i) => cache.put(`/shared/${i}`, new Response(f, { headers: { 'content-type': f.type } })))
			);
			await cache.put('/shared/meta', new Response(JSON.stringify(meta)));
			return Response.redirect('/library?shared=1', 303);
		})()
	);
});
