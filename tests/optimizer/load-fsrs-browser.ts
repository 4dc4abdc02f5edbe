/**
 * fsrs-browser in Node: its thread-pool helper expects a worker's `self` at import time, and its
 * default loader fetches the .wasm by URL, so the tests give it an inert `self` and the bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { OptimizerEngine } from '../../src/lib/optimizer/fit';

export async function loadFsrsBrowser(): Promise<() => OptimizerEngine & { free(): void }> {
	const scope = globalThis as { self?: unknown };
	scope.self ??= new EventTarget();
	const fsrs = await import('fsrs-browser');
	const wasmPath = createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm');
	fsrs.initSync({ module: readFileSync(wasmPath) });
	return () => new fsrs.Fsrs() as unknown as OptimizerEngine & { free(): void };
}
