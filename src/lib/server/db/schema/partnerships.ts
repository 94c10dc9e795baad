import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps, translated } from './columns';
import { networks } from './networks';
import { organisations } from './organisations';
import { programmes, themes } from './programmes';

export const partnershipPhases = [
	'application',
	'inception',
	'project',
	'expansion',
	'dissemination',
	'completed',
	'terminated'
] as const;
export const partnershipPhase = pgEnum('partnership_phase', partnershipPhases);

/** The four democratic principles a project strengthens. */
export const democraticPrinciples = ['equality', 'participation', 'accountability', 'transparency'] as const;
export const democraticPrinciple = pgEnum('democratic_principle', democraticPrinciples);

/**
 * Two or more parties, at least one Swedish: enforced by the use case and, at commit, by the
 * deferred constraint trigger in drizzle/0001_partnership_parties_rule.sql.
 */
export const partnerships = pgTable(
	'partnerships',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programmes.id),
		themeId: uuid('theme_id')
			.notNull()
			.references(() => themes.id),
		networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
		title: translated('title'),
		challenge: translated('challenge'),
		phase: partnershipPhase('phase').notNull().default('application'),
		startDate: date('start_date'),
		endDate: date('end_date'),
		// The project plan (see domain/partnerships/plan): objectives, principles, Agenda 2030 goals and
		// targets, and the project period, which the programme's rule bounds (1–3 years by default).
		objectives: translated('objectives'),
		principles: democraticPrinciple('principles')
			.array()
			.notNull()
			.default(sql`'{}'::democratic_principle[]`),
		sdgGoals: integer('sdg_goals')
			.array()
			.notNull()
			.default(sql`'{}'::integer[]`),
		sdgTargets: text('sdg_targets')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		projectStartDate: date('project_start_date'),
		projectEndDate: date('project_end_date'),
		// Set when staff publish the partnership ahead of the programme's rule, or when a public one is
		// terminated (it stays public); null otherwise. Visibility: domain/partnerships/visibility.ts.
		publishedAt: timestamp('published_at', { withTimezone: true }),
		...timestamps
	},
	(t) => [
		// Lists show the newest first (start date, then slug): with the filter column in front, a page is read
		// in index order and stops after `limit` rows instead of sorting every match.
		index('partnerships_list_order_idx').on(t.startDate.desc().nullsLast(), t.slug),
		index('partnerships_theme_idx').on(t.themeId, t.startDate.desc().nullsLast(), t.slug),
		index('partnerships_network_idx').on(t.networkId, t.startDate.desc().nullsLast(), t.slug),
		// The home page's latest partnerships: the most recently registered first (listPartnerships, order recent).
		index('partnerships_recent_idx').on(t.createdAt.desc(), t.slug),
		check('partnerships_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
		check(
			'partnerships_dates_order',
			sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} > ${t.startDate}`
		),
		check(
			'partnerships_project_dates_order',
			sql`${t.projectEndDate} is null or ${t.projectStartDate} is null or ${t.projectEndDate} > ${t.projectStartDate}`
		),
		check('partnerships_sdg_goals_range', sql`${t.sdgGoals} <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]`)
	]
);

export const partnershipParties = pgTable(
	'partnership_parties',
	{
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		/** What this party gains from the partnership (ömsesidig nytta), per language. */
		mutualBenefit: translated('mutual_benefit'),
		...timestamps
	},
	(t) => [
		primaryKey({ columns: [t.partnershipId, t.organisationId] }),
		index('partnership_parties_organisation_idx').on(t.organisationId)
	]
);
