import { z } from 'zod';
import type { Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { vocabulary } from './vocabulary';

// Challenge areas: the vocabulary's concepts as people choose them in a form, so that matchmaking
// does not hinge on how a challenge is worded (0011). Chosen areas are stored apart from the ones
// recognised in the text (`chosen_concepts` beside `concepts`), and scoring reads both. The groups are
// only for finding an area in a long list; they play no part in scoring.

/** The groups of the list, each with its concepts' keys in the vocabulary. */
export const areaGroups = [
	{
		key: 'gender',
		areas: [
			'gender_equality',
			'gender_based_violence',
			'domestic_violence',
			'honour_related_violence',
			'women_political_participation',
			'gender_budgeting'
		]
	},
	{
		key: 'rights',
		areas: [
			'human_rights',
			'non_discrimination',
			'accessibility_disability',
			'children_rights',
			'lgbtq_rights',
			'indigenous_peoples',
			'migration_integration',
			'peace_reconciliation'
		]
	},
	{
		key: 'democracy',
		areas: [
			'local_democracy',
			'citizen_participation',
			'transparency',
			'anti_corruption',
			'accountability',
			'public_administration',
			'municipal_finance',
			'digitalisation',
			'communication_media',
			'civil_society'
		]
	},
	{
		key: 'education',
		areas: [
			'education',
			'school_dropout',
			'early_childhood',
			'youth_participation',
			'vocational_training',
			'research_universities'
		]
	},
	{
		key: 'welfare',
		areas: [
			'public_health',
			'mental_health',
			'sexual_reproductive_health',
			'substance_abuse',
			'elderly_care',
			'social_services',
			'poverty_reduction',
			'safety_crime_prevention'
		]
	},
	{
		key: 'environment',
		areas: [
			'environment',
			'biodiversity',
			'climate_adaptation',
			'climate_mitigation_energy',
			'waste_management',
			'water_sanitation',
			'green_spaces',
			'disaster_risk_reduction'
		]
	},
	{
		key: 'development',
		areas: [
			'urban_planning',
			'public_transport',
			'housing',
			'local_economic_development',
			'employment',
			'entrepreneurship',
			'tourism',
			'culture',
			'sport_leisure',
			'rural_development',
			'food_security'
		]
	}
] as const;

export type AreaGroupKey = (typeof areaGroups)[number]['key'];

const groupNames: Record<AreaGroupKey, (inputs?: object, options?: { locale?: Locale }) => string> = {
	gender: m.matchmaking_area_group_gender,
	rights: m.matchmaking_area_group_rights,
	democracy: m.matchmaking_area_group_democracy,
	education: m.matchmaking_area_group_education,
	welfare: m.matchmaking_area_group_welfare,
	environment: m.matchmaking_area_group_environment,
	development: m.matchmaking_area_group_development
};

const labels = new Map(vocabulary.map((concept) => [concept.key, concept.label]));

/** True for a concept key of the vocabulary. */
export function isArea(key: string): boolean {
	return labels.has(key);
}

/**
 * The challenge areas a form or the API sends: concept keys of the vocabulary, each kept once, in the
 * vocabulary's order. An unknown key is a field error on the list, in the reader's language. No limit
 * beyond the vocabulary's size: the challenge part is a cosine, so choosing everything scores low.
 */
export const challengeAreas = z
	.array(
		z
			.string()
			.trim()
			.max(100)
			// Documents the keys in the OpenAPI document; the check below says which one is wrong.
			.meta({ enum: vocabulary.map((c) => c.key) })
	)
	.max(200)
	.superRefine((keys, ctx) => {
		const unknown = keys.find((key) => !isArea(key));
		if (unknown !== undefined)
			ctx.addIssue({ code: 'custom', message: m.matchmaking_error_unknown_area({ area: unknown }), input: unknown });
	})
	.transform((keys) => vocabulary.map((c) => c.key).filter((key) => keys.includes(key)))
	.describe('Challenge areas chosen from the programme’s list (keys), each counted once.');

export type AreaOption = { value: string; label: string };
export type AreaGroupOption = { key: AreaGroupKey; label: string; areas: AreaOption[] };

/** The list to choose from, in the reader's language: groups in their order, areas by name within each. */
export function areaOptions(locale: Locale): AreaGroupOption[] {
	const collator = new Intl.Collator(locale);
	return areaGroups.map((group) => ({
		key: group.key,
		label: groupNames[group.key]({}, { locale }),
		areas: group.areas
			.map((key) => ({ value: key, label: labels.get(key)?.[locale] ?? key }))
			.sort((a, b) => collator.compare(a.label, b.label))
	}));
}

/** Areas named in the reader's language, in the vocabulary's order; unknown keys are left out. */
export function areaNames(keys: readonly string[], locale: Locale): AreaOption[] {
	return vocabulary
		.filter((concept) => keys.includes(concept.key))
		.map((concept) => ({ value: concept.key, label: concept.label[locale] }));
}

/** The chosen areas and those recognised in the text, together: what matchmaking compares. */
export function allAreas(chosen: readonly string[], recognised: readonly string[]): string[] {
	return [...new Set([...recognised, ...chosen])].sort();
}
