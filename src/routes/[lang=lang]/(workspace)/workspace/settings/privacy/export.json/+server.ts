import { json } from '@sveltejs/kit';
import { exportPersonalData } from '$lib/server/domain/privacy/export-data';
import { requireUser } from '$lib/server/guards';
import type { RequestHandler } from './$types';

/** All the signed-in person's data as a JSON file to keep (GDPR art. 20); never cached. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireUser(locals, url);
	const data = await exportPersonalData(locals.actor);
	const day = data.generatedAt.toISOString().slice(0, 10);
	return json(data, {
		headers: {
			'content-disposition': `attachment; filename="glokal-personal-data-${day}.json"`,
			'cache-control': 'no-store'
		}
	});
};
