import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db/client';
import { latestMigration } from '$lib/server/db/migrate';
import type { RequestHandler } from './$types';

/** For load balancers and operators: 200 when the database answers, 503 when it does not. */
export const GET: RequestHandler = async () => {
	const headers = { 'cache-control': 'no-store' };
	try {
		const { kind, db } = database();
		const migration = await Promise.race([
			latestMigration(db),
			new Promise<never>((_, reject) => setTimeout(() => reject(new Error('database timeout')), 3000))
		]);
		return json({ status: 'ok', database: kind, migration }, { headers });
	} catch {
		return json({ status: 'unavailable', database: safeKind() }, { status: 503, headers });
	}
};

function safeKind(): string | null {
	try {
		return database().kind;
	} catch {
		return null;
	}
}
