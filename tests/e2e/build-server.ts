/**
 * A minimal static server for the built app (build/), used where a test must change what the server
 * ships between two visits: it can serve a new version of the service worker, as a deploy would,
 * without rebuilding. Everything else is byte-for-byte the build, with the SPA fallback.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const BUILD_DIR = join(import.meta.dirname, '..', '..', 'build');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2'
};

export interface BuildServer {
	url: string;
	/** Serve the service worker with this marker appended: the browser sees a new version. */
	shipServiceWorkerVersion(marker: string): void;
	close(): Promise<void>;
}

export async function serveBuild(): Promise<BuildServer> {
	let marker = '';
	const server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
		const file = safe.endsWith('/') ? join(safe, 'index.html') : safe;
		let body: Buffer;
		let type = TYPES[extname(file)] ?? 'application/octet-stream';
		try {
			body = await readFile(join(BUILD_DIR, file));
		} catch {
			if (extname(file)) {
				response.writeHead(404).end();
				return;
			}
			body = await readFile(join(BUILD_DIR, 'index.html'));
			type = TYPES['.html'];
		}
		if (file === '/sw.js' && marker) body = Buffer.concat([body, Buffer.from(`\n// ${marker}\n`)]);
		response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		shipServiceWorkerVersion(next) {
			marker = next;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
