import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { MAX_CSV_BYTES, decodeCsv } from '$lib/server/domain/organisations/csv';
import {
	importOrganisations,
	previewOrganisationImport,
	type ImportPlan
} from '$lib/server/domain/organisations/import-organisations';
import { isAppError } from '$lib/server/errors';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	requireStaff(locals);
	return {};
};

/** The preview as the page shows it, with the file's text to send back for the import. */
function previewResult(plan: ImportPlan, csv: string) {
	return { preview: { rows: plan.rows, counts: plan.counts }, csv };
}

export const actions: Actions = {
	preview: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const file = (await request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { errors: { file: m.admin_import_no_file() } });
		if (file.size > MAX_CSV_BYTES)
			return fail(400, { errors: { file: m.admin_import_too_large({ megabytes: MAX_CSV_BYTES / 1_000_000 }) } });
		const csv = decodeCsv(new Uint8Array(await file.arrayBuffer()));
		if (csv === null) return fail(400, { errors: { file: m.admin_import_not_utf8() } });
		const plan = await previewOrganisationImport(actor, { csv });
		if (plan.fileError) return fail(400, { errors: { file: plan.fileError } });
		return previewResult(plan, csv);
	},
	import: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const csv = (await request.formData()).get('csv');
		if (typeof csv !== 'string' || csv === '') return fail(400, { errors: { file: m.admin_import_no_file() } });
		try {
			return { imported: await importOrganisations(actor, { csv }) };
		} catch (e) {
			if (!isAppError(e)) throw e;
			// Something changed since the preview (or the text was altered): show the file as it stands now.
			const plan = await previewOrganisationImport(actor, { csv });
			const message = e.fieldErrors._form ?? e.fieldErrors.file ?? e.message;
			if (plan.fileError) return fail(e.status, { errors: { file: plan.fileError } });
			return fail(e.status, { errors: { _form: message }, ...previewResult(plan, csv) });
		}
	}
};
