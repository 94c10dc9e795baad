import type { Locale } from '$lib/i18n/locales';
import { localize } from '$lib/i18n/translated';
import { m } from '$lib/paraglide/messages';
import { formatDateTime } from '$lib/time';
import { choiceLabel, fieldLabel } from '../audit/fields';
import { actionLabel, subjectLabel } from '../audit/labels';
import type { SignInEventKind } from '$lib/server/db/schema';
import { signInEventLabel } from '../sign-in-events/present';
import type { PersonalData } from './export-data';

// The export as a page to read and print: each part under a heading, each record a list of labelled
// values in the reader's language. The JSON download holds the same data, unformatted.

export type ExportSection = { key: string; heading: string; records: { label: string; value: string }[][] };

const sections: [keyof Omit<PersonalData, 'generatedAt'>, () => string, string][] = [
	['person', m.privacy_export_section_person, 'person'],
	['memberships', m.privacy_export_section_memberships, 'membership'],
	['passwords', m.privacy_export_section_passwords, 'account'],
	['sessions', m.privacy_export_section_sessions, 'session'],
	['apiTokens', m.privacy_export_section_api_tokens, 'api_token'],
	['signInEvents', m.privacy_export_section_sign_in_events, 'sign_in'],
	['steeringGroups', m.privacy_export_section_steering_groups, 'partnership.steering_member'],
	['projectGroups', m.privacy_export_section_project_groups, 'partnership.project_member'],
	['networkExperts', m.privacy_export_section_network_experts, 'network_expert'],
	['answers', m.privacy_export_section_answers, 'expression'],
	['invitations', m.privacy_export_section_invitations, 'invitation'],
	['actions', m.privacy_export_section_actions, 'audit'],
	['mail', m.privacy_export_section_mail, 'mail']
];

const ownLabels: Record<string, () => string> = {
	organisation: m.privacy_export_field_organisation,
	since: m.privacy_export_field_since,
	provider: m.privacy_export_field_provider,
	createdAt: m.privacy_export_field_created_at,
	created_at: m.privacy_export_field_created_at,
	updatedAt: m.privacy_export_field_updated_at,
	ipAddress: m.privacy_export_field_ip_address,
	ip_address: m.privacy_export_field_ip_address,
	userAgent: m.privacy_export_field_user_agent,
	user_agent: m.privacy_export_field_user_agent,
	lastUsedAt: m.privacy_export_field_last_used_at,
	partnership: m.privacy_export_field_partnership,
	network: m.privacy_export_field_network,
	call: m.privacy_export_field_call,
	registration: m.privacy_export_field_registration,
	statusChanges: m.privacy_export_field_status_changes,
	from: m.privacy_export_field_from,
	to: m.privacy_export_field_to,
	at: m.privacy_export_field_at,
	occurredAt: m.privacy_export_field_occurred_at,
	action: m.privacy_export_field_action,
	subjectType: m.privacy_export_field_subject_type,
	file: m.privacy_export_field_file,
	detail: m.privacy_export_field_detail,
	device: m.privacy_export_field_device,
	twoFactorEnabled: m.privacy_export_field_two_factor
};

const label = (key: string, context: string) =>
	context === 'sign_in' && key === 'kind'
		? m.privacy_export_field_kind()
		: (ownLabels[key]?.() ?? fieldLabel(key, context));

const isTranslated = (value: object) =>
	Object.keys(value).length > 0 && Object.keys(value).every((k) => k === 'sv' || k === 'en' || k === 'es');

function show(key: string, value: unknown, context: string, lang: Locale): string {
	if (value === null || value === undefined || value === '') return '–';
	if (value instanceof Date) return formatDateTime(value, lang);
	if (typeof value === 'boolean') return value ? m.privacy_export_yes() : m.privacy_export_no();
	if (typeof value === 'string') {
		if (key === 'action') return actionLabel(value);
		if (key === 'subjectType') return subjectLabel(value);
		if (key === 'kind' && context === 'sign_in') return signInEventLabel(value as SignInEventKind, null).what;
		if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, lang);
		return choiceLabel(key === 'from' || key === 'to' ? 'status' : key, value, context, lang) ?? value;
	}
	if (Array.isArray(value))
		return value.length ? value.map((v) => show(key, v, context, lang)).join('\n') : m.privacy_export_none();
	if (typeof value === 'object') {
		if (isTranslated(value)) return localize(value as Record<string, string>, lang).text || '–';
		return Object.entries(value)
			.map(([k, v]) => `${label(k, context)}: ${show(k, v, context, lang)}`)
			.join(key === 'statusChanges' ? ', ' : '\n');
	}
	return String(value);
}

/** The person's data as sections of labelled values, for the printable page. */
export function presentExport(data: PersonalData, lang: Locale): ExportSection[] {
	return sections.map(([key, heading, context]) => {
		const value = data[key];
		const rows = (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
		return {
			key,
			heading: heading(),
			records: rows.map((row) =>
				Object.entries(row).map(([field, v]) => ({
					label: label(field, context),
					value: show(field, v, context, lang)
				}))
			)
		};
	});
}
