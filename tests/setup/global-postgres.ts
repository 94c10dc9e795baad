import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '$lib/server/db/client';
import { migrateDatabase } from '$lib/server/db/migrate';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The name of a migrated, empty PostgreSQL database each test file copies (see useTestDatabase). */
		postgresTemplate: string | undefined;
	}
}

/**
 * Migrating a new PostgreSQL database takes seconds (every migration, each write committed to disk);
 * copying a migrated one with `create database … template …` takes a fraction of that. So the
 * integration-postgres run migrates one template here, every test file starts from a copy, and the
 * template is dropped at the end. Only databases of this run are made or dropped: the server's own
 * settings stay as they are.
 */
export default async function setup(project: TestProject) {
	const admin = process.env.TEST_DATABASE_URL;
	if (!admin) throw new Error('the integration-postgres project needs TEST_DATABASE_URL');
	const name = `glokal_template_${randomBytes(6).toString('hex')}`;
	const server = postgres(admin, { max: 1, onnotice: () => {} });
	await server.unsafe(`create database ${name}`);
	const url = new URL(admin);
	url.pathname = `/${name}`;
	const database = await openDatabase({ kind: 'postgres', url: url.toString(), max: 1 });
	try {
		await migrateDatabase(database, url.toString());
	} finally {
		// A template may have no open connection while it is copied.
		await database.close();
	}
	project.provide('postgresTemplate', name);
	return async () => {
		await server.unsafe(`drop database if exists ${name} with (force)`);
		await server.end();
	};
}
