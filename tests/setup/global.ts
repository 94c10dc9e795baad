import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '$lib/server/db/client';
import { migrateDatabase } from '$lib/server/db/migrate';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A dump of an empty, migrated PGlite database (see useTestDatabase). */
		pgliteTemplate: string | undefined;
	}
}

/**
 * Opening PGlite runs initdb inside WebAssembly (about 5 s on this machine); loading a dump takes
 * under 1 s. So the integration run migrates one database here and every test file starts from a
 * copy of it.
 */
export default async function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'glokal-template-'));
	const file = join(dir, 'pglite.tar');
	const database = await openDatabase({ kind: 'pglite' });
	try {
		await migrateDatabase(database);
		const client = database.client as import('@electric-sql/pglite').PGlite;
		const dump = await client.dumpDataDir('none');
		writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	} finally {
		await database.close();
	}
	project.provide('pgliteTemplate', file);
	return () => rmSync(dir, { recursive: true, force: true });
}
