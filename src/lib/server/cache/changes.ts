import type { PGlite } from '@electric-sql/pglite';
import type postgres from 'postgres';
import type { Database } from '../db/client';

/**
 * The generation of the public data this process has seen: it grows whenever the database says that
 * organisations, programmes, themes, networks or partnerships changed (the triggers of
 * drizzle/0003_public_data_changes.sql notify at commit), and whenever the listening connection
 * (re)connects, since notifications may have been missed meanwhile.
 */
let generation = 0;
let listening = false;

export const CHANGES_CHANNEL = 'glokal_public_data';

export function dataGeneration(): number {
	return generation;
}

/** True while change notifications arrive: only then may reads be served from the cache. */
export function isListening(): boolean {
	return listening;
}

/** Starts listening; the returned function stops. */
export async function listenForChanges(database: Database): Promise<() => Promise<void>> {
	const changed = () => {
		generation++;
	};
	let stop: () => Promise<void>;
	if (database.kind === 'pglite') {
		stop = await (database.client as PGlite).listen(CHANGES_CHANNEL, changed);
	} else {
		const { unlisten } = await (database.client as postgres.Sql).listen(CHANGES_CHANNEL, changed, changed);
		stop = unlisten;
	}
	listening = true;
	changed();
	return async () => {
		listening = false;
		changed();
		await stop();
	};
}
