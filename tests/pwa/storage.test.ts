import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	formatBytes,
	persistenceStatus,
	requestPersistentStorage,
	storageEstimate
} from '../../src/lib/pwa/storage';

function stubStorage(storage: Partial<StorageManager> | undefined): void {
	vi.stubGlobal('navigator', { storage });
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('persistent storage request', () => {
	it('reports unsupported where the browser has no StorageManager', async () => {
		stubStorage(undefined);
		expect(await requestPersistentStorage()).toEqual({ persisted: false, supported: false });
		expect(await persistenceStatus()).toEqual({ persisted: false, supported: false });
	});

	it('returns the browser answer and does not ask again when already persisted', async () => {
		const persist = vi.fn(async () => true);
		stubStorage({ persisted: async () => true, persist });
		expect(await requestPersistentStorage()).toEqual({ persisted: true, supported: true });
		expect(persist).not.toHaveBeenCalled();
	});

	it('reports a refusal as not persisted', async () => {
		stubStorage({ persisted: async () => false, persist: async () => false });
		expect(await requestPersistentStorage()).toEqual({ persisted: false, supported: true });
	});

	it('treats a throwing API as not granted instead of failing', async () => {
		stubStorage({
			persisted: async () => false,
			persist: async () => {
				throw new Error('blocked');
			}
		});
		expect(await requestPersistentStorage()).toEqual({ persisted: false, supported: true });
	});
});

describe('storage estimate', () => {
	it('passes usage and quota through', async () => {
		stubStorage({ estimate: async () => ({ usage: 1234, quota: 5_000_000 }) });
		expect(await storageEstimate()).toEqual({ usage: 1234, quota: 5_000_000 });
	});

	it('is undefined when the browser gives no figures', async () => {
		stubStorage({ estimate: async () => ({}) });
		expect(await storageEstimate()).toBeUndefined();
	});
});

describe('formatBytes', () => {
	it('reads like a person would say it', () => {
		expect(formatBytes(1)).toBe('1 byte');
		expect(formatBytes(999)).toBe('999 bytes');
		expect(formatBytes(3_200_000)).toBe('3.2 MB');
		expect(formatBytes(250_000_000)).toBe('250 MB');
		expect(formatBytes(1_200_000_000)).toBe('1.2 GB');
	});
});
