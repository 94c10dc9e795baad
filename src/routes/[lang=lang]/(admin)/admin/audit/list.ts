import type { Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { instantToZonedLocal, programmeTimeZone, timeZoneName } from '$lib/time';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { presentEvent } from '$lib/server/domain/audit/present';
import { auditLog } from '$lib/server/domain/audit/queries';
import type { ListSpec } from '$lib/server/list-params';
import type { ExportTable } from '$lib/server/table-export';

// The audit log's order (time, either way; shared by the page and its download) and its download.

export const auditList: ListSpec<'when'> = { sorts: ['when'], defaultSort: 'when', defaultDir: 'desc' };

/** A download holds at most this many events: a whole log is a backup's job, not a spreadsheet's. */
export const MAX_EXPORTED_EVENTS = 10_000;

/**
 * The events the filters keep (at most MAX_EXPORTED_EVENTS, in the order asked for): when (on the
 * programme's clock, the zone named in the header), who, what, partnership, and each change as
 * "field: before → after".
 */
export async function auditTable(actor: Actor, values: Record<string, string>, dir: 'asc' | 'desc', locale: Locale) {
	const log = await auditLog(actor, values, { page: 1, limit: MAX_EXPORTED_EVENTS, dir });
	return {
		header: [
			m.audit_export_when({ zone: timeZoneName(programmeTimeZone(), locale) }),
			m.audit_column_who(),
			m.audit_column_what(),
			m.audit_column_partnership(),
			m.audit_column_changes()
		],
		rows: log.items.map((row) => {
			const event = presentEvent(row, locale);
			return [
				instantToZonedLocal(row.occurredAt).replace('T', ' '),
				event.who,
				event.what,
				event.partnership?.title ?? '',
				event.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`).join('; ')
			];
		})
	} satisfies ExportTable;
}
