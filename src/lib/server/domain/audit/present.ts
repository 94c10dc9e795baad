import { formatDate, formatList, formatNumber, languageName } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import { localize, type TranslatedText } from '$lib/i18n/translated';
import {
	kindLabel,
	phaseLabel,
	principleLabel,
	projectRoleLabel,
	standingLabel,
	steeringRoleLabel,
	type Phase,
	type PoliticalStanding,
	type Principle,
	type ProjectGroupRole,
	type SteeringRole
} from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { sdgGoalLabel } from '$lib/sdgs';
import {
	democraticPrinciples,
	partnershipPhases,
	politicalStandings,
	projectGroupRoles,
	steeringRoles
} from '$lib/server/db/schema';
import { auditDiff, type DiffValue, type FieldChange } from './diff';
import { actionLabel } from './labels';
import type { AuditEventRow } from './queries';
import { PROGRAMME_TIME_ZONE } from './time';

// An audit event as a page shows it, in the reader's language: when, who, what, and each change.

const fields: Record<string, () => string> = {
	title: m.history_field_title,
	name: m.history_field_name,
	slug: m.history_field_slug,
	challenge: m.history_field_challenge,
	objectives: m.history_field_objectives,
	principles: m.history_field_principles,
	sdgGoals: m.history_field_sdg_goals,
	sdgTargets: m.history_field_sdg_targets,
	phase: m.history_field_phase,
	toPhase: m.history_field_phase,
	startDate: m.history_field_start_date,
	endDate: m.history_field_end_date,
	projectStartDate: m.history_field_project_start_date,
	projectEndDate: m.history_field_project_end_date,
	parties: m.history_field_parties,
	mutualBenefit: m.history_field_mutual_benefit,
	email: m.history_field_email,
	politicalParty: m.history_field_political_party,
	standing: m.history_field_standing,
	role: m.history_field_role,
	listedPublicly: m.history_field_listed_publicly,
	tasks: m.history_field_tasks,
	kind: m.history_field_kind,
	description: m.history_field_description,
	unit: m.history_field_unit,
	baselineValue: m.history_field_baseline_value,
	baselineText: m.history_field_baseline_text,
	baselineYear: m.history_field_baseline_year,
	targetValue: m.history_field_target_value,
	targetText: m.history_field_target_text,
	targetYear: m.history_field_target_year,
	position: m.history_field_position,
	periodStart: m.history_field_period_start,
	periodEnd: m.history_field_period_end,
	actualValue: m.history_field_actual_value,
	actualText: m.history_field_actual_text,
	narrative: m.history_field_narrative,
	population: m.history_field_population,
	countryCode: m.history_field_country_code,
	subdivision: m.history_field_subdivision,
	prefix: m.history_field_prefix,
	expiresAt: m.history_field_expires_at
};

const resultKinds: Record<string, () => string> = {
	output: m.public_partnership_result_output,
	outcome: m.public_partnership_result_outcome
};

/** Choices stored as codes, by field; a steering group's "member" is a ledamot, a project group's a medlem. */
function choiceLabel(field: string, value: string, action: string): string | undefined {
	if ((field === 'phase' || field === 'toPhase' || field === 'fromPhase') && isPhase(value)) return phaseLabel(value);
	if (field === 'standing' && (politicalStandings as readonly string[]).includes(value))
		return standingLabel(value as PoliticalStanding);
	if (field === 'role' && action.includes('steering') && (steeringRoles as readonly string[]).includes(value))
		return steeringRoleLabel(value as SteeringRole);
	if (field === 'role' && (projectGroupRoles as readonly string[]).includes(value))
		return projectRoleLabel(value as ProjectGroupRole);
	if (field === 'kind' && action.startsWith('organisation.')) return kindLabel(value);
	if (field === 'kind') return resultKinds[value]?.();
	if (field === 'principles' && isPrinciple(value)) return principleLabel(value);
	return undefined;
}

function isPhase(value: string): value is Phase {
	return (partnershipPhases as readonly string[]).includes(value);
}

function isPrinciple(value: string): value is Principle {
	return (democraticPrinciples as readonly string[]).includes(value);
}

/** "sdgGoals" → "sdg goals": a field no label names yet still reads as words. */
function fieldLabel(segment: string): string {
	const known = fields[segment];
	if (known) return known();
	return /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(segment)
		? segment.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)
		: segment;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function formatInstant(value: Date | string, locale: Locale): string {
	return new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: PROGRAMME_TIME_ZONE,
		timeZoneName: 'short'
	}).format(new Date(value));
}

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
	if (typeof value === 'number')
		return formatNumber(value, locale, /Year$/.test(field) ? { useGrouping: false } : undefined);
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale) ?? value;
	if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatInstant(value, locale);
	return choiceLabel(field, value, action) ?? value;
}

export type ShownChange = { field: string; before: string; after: string };

/** The changes of an event, field by field, with field names, languages and values in the reader's language. */
export function shownChanges(event: Pick<AuditEventRow, 'action' | 'before' | 'after'>, locale: Locale): ShownChange[] {
	return auditDiff(event.before, event.after).map((change: FieldChange) => {
		const field = change.path.at(-1) ?? '';
		const name = change.path.map(fieldLabel).join(' › ');
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
		when: formatInstant(event.occurredAt, locale),
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
