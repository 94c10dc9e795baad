import { LRUCache } from 'lru-cache';
import { dataGeneration, isListening } from './changes';

type Entry = { generation: number; value: Promise<unknown> };

// Bounded: query strings are the keys, and anyone can send new ones.
const entries = new LRUCache<string, Entry>({ max: 2_000 });

/**
 * Public reads answered from memory until the data changes. An entry belongs to the data generation it
 * was read in (changes.ts) and is read again once the database has announced a change, so a read is at
 * most one notification (milliseconds after commit) behind. Without a change listener (tests, scripts)
 * every call reads. Concurrent misses share one read; failures are not kept. Values are shared between
 * requests: callers must not change them.
 */
export function readThrough<T>(key: string, read: () => Promise<T>): Promise<T> {
	if (!isListening()) return read();
	const generation = dataGeneration();
	const hit = entries.get(key);
	if (hit && hit.generation === generation) return hit.value as Promise<T>;
	const value = read();
	entries.set(key, { generation, value });
	value.catch(() => {
		if (entries.get(key)?.value === value) entries.delete(key);
	});
	return value;
}
