import { exportPersonalData } from '$lib/server/domain/privacy/export-data';
import { presentExport } from '$lib/server/domain/privacy/present-export';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

/** The same data as the JSON download, as a page to read and print in the reader's language. */
export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	requireUser(locals, url);
	setHeaders({ 'cache-control': 'no-store' });
	const data = await exportPersonalData(locals.actor);
	return { generatedAt: data.generatedAt.toISOString(), sections: presentExport(data, locals.locale) };
};
