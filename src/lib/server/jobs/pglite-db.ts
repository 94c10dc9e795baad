import type { PGlite } from '@electric-sql/pglite';
import type PgBoss from 'pg-boss';

/**
 * pg-boss speaks to PGlite through this adapter instead of its own `pg` pool: PGlite is one connection
 * inside this process. pg-boss sends its locked maintenance as one text `BEGIN; …; COMMIT;` without
 * parameters, which only `exec` runs (the extended protocol takes one statement). When such a text fails
 * half-way, PGlite's only connection would stay in an aborted transaction and every later query of the
 * app would fail: so the adapter rolls back before passing the error on.
 */
export function pgliteDb(client: PGlite): PgBoss.Db {
	return {
		async executeSql(text, values) {
			try {
				if (values && values.length > 0) return await client.query(text, values);
				const results = await client.exec(text);
				return results.at(-1) ?? { rows: [] };
			} catch (error) {
				await client.exec('ROLLBACK').catch(() => {});
				throw error;
			}
		}
	};
}
