import { formatList, formatNumber, languageName } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import { localize, type TranslatedText } from '$lib/i18n/translated';
import { m } from '$lib/paraglide/messages';
import { sdgGoalLabel } from '$lib/sdgs';
import { formatDate, formatDateTime } from '$lib/time';
import { auditDiff, type DiffValue, type FieldChange } from './diff';
import { choiceLabel, fieldLabel } from './fields';
import { actionLabel } from './labels';
import type { AuditEventRow } from './queries';

// An audit event as a page shows it, in the reader's language: when, who, what, and each change.

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function valueText(value: DiffValue, field: string, action: string, locale: Locale): string {
	if (value === null) return m.history_empty_value();
	if (Array.isArray(value))
		return formatList(
			value.map((item) =>
				field === 'sdgGoals' && typeof item === 'number'
					? sdgGoalLabel(item, locale)
					: valueText(item, field, action, locale)
			),
			locale
		);
	if (typeof value === 'boolean') return value ? m.history_yes() : m.history_no();
	// Positions are stored from 0; a reader counts from 1.
	if (typeof value === 'number' && field === 'position') return formatNumber(value + 1, locale);
	if (typeof value === 'number')
		return formatNumber(value, locale, /Year$/.test(field) ? { useGrouping: false } : undefined);
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale) ?? value;
	if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value, locale);
	return choiceLabel(field, value, action, locale) ?? value;
}

export type ShownChange = { field: string; before: string; after: string };

/** The changes of an event, field by field, with field names, languages and values in the reader's language. */
export function shownChanges(event: Pick<AuditEventRow, 'action' | 'before' | 'after'>, locale: Locale): ShownChange[] {
	return auditDiff(event.before, event.after).map((change: FieldChange) => {
		const field = change.path.at(-1) ?? '';
		const name = change.path.map((segment) => fieldLabel(segment, event.action)).join(' › ');
		return {
			field: change.language
				? m.history_field_in_language({ field: name, language: languageName(change.language, locale) })
				: name,
			before: valueText(change.before, field, event.action, locale),
			after: valueText(change.after, field, event.action, locale)
		};
	});
}

/** One event as the history and the audit log show it. */
export function presentEvent(event: AuditEventRow, locale: Locale) {
	const title = event.partnershipTitle ? localize(event.partnershipTitle as TranslatedText, locale) : null;
	return {
		id: event.id,
		occurredAt: event.occurredAt.toISOString(),
		who: event.actorUserId === null ? m.history_system() : (event.actorName ?? m.history_system()),
		what: actionLabel(event.action),
		reason: event.reason,
		partnership:
			event.partnershipSlug && title
				? { slug: event.partnershipSlug, title: title.text || event.partnershipSlug }
				: null,
		changes: shownChanges(event, locale)
	};
}

export type ShownEvent = ReturnType<typeof presentEvent>;
