import { getTableColumns, type Table } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import * as schema from '$lib/server/db/schema';
import { isIgnoredKey } from './diff';
import { choiceLabel, fieldLabel, fieldLabels } from './fields';
import { actionLabel, isNamedAction } from './labels';
import { auditActions, type AuditAction, type AuditSubject } from './record';

// The history and the audit log name every field and every code an audit record can hold, in each
// language: what the use cases record are rows of these tables, and the few keys they add.

/** The tables whose rows the use cases record, under each subject, with an action that records them. */
const recorded: Record<AuditSubject, [AuditAction, Table][]> = {
	organisation: [['organisation.created', schema.organisations]],
	network: [['network.created', schema.networks]],
	partnership: [
		['partnership.created', schema.partnerships],
		['partnership.plan_updated', schema.partnershipParties],
		['partnership.steering_member_added', schema.steeringGroupMembers],
		['partnership.project_member_added', schema.projectGroupMembers],
		['partnership.executor_added', schema.partnershipExecutors]
	],
	partnership_result: [['partnership_result.created', schema.partnershipResults]],
	result_indicator: [['result_indicator.created', schema.resultIndicators]],
	indicator_period: [['indicator_period.created', schema.indicatorPeriods]],
	programme: [['programme.updated', schema.programmes]],
	theme: [['theme.created', schema.themes]],
	network_expert: [['network_expert.added', schema.networkExperts]],
	invitation: [['invitation.created', schema.invitations]],
	api_token: [['api_token.created', schema.apiTokens]],
	call: [['call.created', schema.calls]],
	expression: [['expression.created', schema.expressionsOfInterest]],
	expression_review: [['expression_review.saved', schema.expressionReviews]],
	expression_note: [['expression_note.added', schema.expressionNotes]],
	partner_profile: [['partner_profile.created', schema.partnerProfiles]],
	match: [['match.accepted', schema.matches]],
	person: [['person.erased', schema.erasedPeople]]
};

/** Keys the use cases record beside the columns (a network's countries, a plan's parties, …). */
const added = [
	'countryCodes',
	'parties',
	'organisationName',
	'visitor',
	'emailVerified',
	'accountCreated',
	'projectYears',
	'min',
	'max',
	'score',
	'comment',
	'text',
	'label',
	'help',
	'required',
	'long'
];

const columns = Object.values(recorded).flatMap((tables) =>
	tables.flatMap(([action, table]) =>
		Object.entries(getTableColumns(table))
			.filter(([key]) => !isIgnoredKey(key))
			.map(([key, column]) => ({ action, key, values: (column as { enumValues?: string[] }).enumValues }))
	)
);

const locales = ['sv', 'en', 'es'] as const;
const original = getLocale;
afterEach(() => overwriteGetLocale(original));

/** A label in each language: never the key read as words, never empty. */
function labelsOf(label: (locale: 'sv' | 'en' | 'es') => string | undefined) {
	return locales.map((locale) => {
		overwriteGetLocale(() => locale);
		return label(locale);
	});
}

describe('audit field labels', () => {
	it('name every column the use cases record, and every key they add, in each language', () => {
		const keys = [...new Set([...columns.map((c) => c.key), ...added])];
		expect(keys.length).toBeGreaterThan(80);
		const unnamed = keys.filter((key) => !fieldLabels[key]);
		expect(unnamed).toEqual([]);
		for (const key of keys) for (const text of labelsOf(() => fieldLabel(key, 'x.updated'))) expect(text).toBeTruthy();
		// Swedish and Spanish differ from English somewhere: the labels are not left in English.
		const [sv, en, es] = locales.map((locale) =>
			keys.map((key) => labelsOf(() => fieldLabel(key, 'x.updated'))[locales.indexOf(locale)])
		);
		expect(sv).not.toEqual(en);
		expect(es).not.toEqual(en);
	});

	it('name every code stored in a column, in each language', () => {
		const unnamed: string[] = [];
		for (const { action, key, values } of columns)
			for (const value of values ?? [])
				labelsOf((locale) => choiceLabel(key, value, action, locale)).forEach((text, i) => {
					if (!text || text === value) unnamed.push(`${locales[i]} ${action} ${key} = ${value}`);
				});
		expect(unnamed).toEqual([]);
	});

	it('name an indicator’s kind, a call’s kind, an answer’s status and countries', () => {
		overwriteGetLocale(() => 'sv');
		expect(choiceLabel('kind', 'quantitative', 'result_indicator.created', 'sv')).toBe(
			'Kvantitativ (mäts med ett tal)'
		);
		expect(choiceLabel('kind', 'partner_search', 'call.created', 'sv')).not.toBe('partner_search');
		expect(choiceLabel('status', 'under_review', 'expression.status_changed', 'sv')).not.toBe('under_review');
		expect(choiceLabel('countryCodes', 'ZA', 'network.created', 'sv')).toBe('Sydafrika');
		expect(choiceLabel('languages', 'es', 'expression.created', 'sv')).toBe('spanska');
		expect(fieldLabel('title', 'partnership.project_member_added')).toBe('Befattning');
	});
});

describe('audit action labels', () => {
	it('name every action the use cases record, in each language', () => {
		expect(auditActions.filter((action) => !isNamedAction(action))).toEqual([]);
		for (const action of auditActions) {
			const [sv, en, es] = labelsOf(() => actionLabel(action));
			expect(new Set([sv, en, es]).size, `${action}: ${sv} / ${en} / ${es}`).toBeGreaterThan(1);
		}
	});

	it('name a saved review and an accepted match', () => {
		expect(labelsOf(() => actionLabel('expression_review.saved'))).toEqual([
			'Bedömning sparades',
			'Review saved',
			'Evaluación guardada'
		]);
		expect(labelsOf(() => actionLabel('match.accepted'))).toEqual([
			'Matchning godkändes',
			'Match accepted',
			'Emparejamiento aceptado'
		]);
	});
});
