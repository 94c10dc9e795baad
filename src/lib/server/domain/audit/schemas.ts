import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { optional } from '$lib/server/validation';

/** The staff audit log's filters, as they come from the address (`?person=&organisation=&subject=&from=&to=`). */
export const auditLogQuery = z
	.object({
		person: optional(z.string().max(200, { error: () => m.audit_error_person() })),
		organisation: optional(z.uuid({ error: () => m.audit_error_organisation() })),
		subject: optional(z.string().regex(/^[a-z][a-z_]{0,59}$/, { error: () => m.audit_error_subject() })),
		from: optional(z.iso.date({ error: () => m.audit_error_date() })),
		to: optional(z.iso.date({ error: () => m.audit_error_date() }))
	})
	.refine((f) => !f.from || !f.to || f.to >= f.from, { path: ['to'], error: () => m.audit_error_range() });

export type AuditLogFilters = z.output<typeof auditLogQuery>;

/** The filters of an address, as the query schema wants them (absent parameters left out). */
export function auditFiltersFromUrl(params: URLSearchParams): Record<string, string> {
	const filters: Record<string, string> = {};
	for (const key of ['person', 'organisation', 'subject', 'from', 'to'])
		if (params.has(key)) filters[key] = params.get(key)!;
	return filters;
}
