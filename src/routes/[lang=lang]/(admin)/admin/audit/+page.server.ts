import { countryName } from '$lib/server/domain/countries/names';
import { subjectLabel } from '$lib/server/domain/audit/labels';
import { presentEvent } from '$lib/server/domain/audit/present';
import { auditActors, auditLog, auditSubjectTypes } from '$lib/server/domain/audit/queries';
import { auditFiltersFromUrl } from '$lib/server/domain/audit/schemas';
import { organisationOptions } from '$lib/server/domain/organisations/queries';
import { isAppError } from '$lib/server/errors';
import { requireStaff } from '$lib/server/guards';
import { exportHrefs } from '$lib/components/table/list-url';
import { listState, loadList } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';
import { auditList } from './list';

/** The staff audit log; filters come from the address (a GET form), and bad ones are named, not fatal. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const locale = locals.locale;
	const values = auditFiltersFromUrl(url.searchParams);
	const [people, organisations, subjects] = await Promise.all([
		auditActors(),
		organisationOptions(),
		auditSubjectTypes()
	]);
	const options = {
		person: people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })),
		organisation: organisations.map((o) => ({
			value: o.id,
			label: `${o.name} (${countryName(o.countryCode, locale)})`
		})),
		subject: subjects
			.map((s) => ({ value: s, label: subjectLabel(s) }))
			.sort((a, b) => a.label.localeCompare(b.label, locale))
	};
	try {
		const log = await loadList(url, auditList, (page) => auditLog(actor, values, page));
		return {
			values,
			options,
			errors: null,
			filtered: Object.values(values).some((v) => v !== ''),
			list: log.list,
			total: log.total,
			events: log.items.map((event) => presentEvent(event, locale)),
			exports: exportHrefs(url)
		};
	} catch (e) {
		if (!isAppError(e) || e.code !== 'invalid') throw e;
		const list = listState(auditList, { sort: 'when', dir: 'desc', page: 1, per: 25 }, 0);
		return { values, options, errors: e.fieldErrors, filtered: true, list, total: 0, events: [], exports: null };
	}
};
