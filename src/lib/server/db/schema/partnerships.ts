import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
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
		...timestamps
	},
	(t) => [
		// Lists show the newest first (start date, then slug): with the filter column in front, a page is read
		// in index order and stops after `limit` rows instead of sorting every match.
		index('partnerships_list_order_idx').on(t.startDate.desc().nullsLast(), t.slug),
		index('partnerships_theme_idx').on(t.themeId, t.startDate.desc().nullsLast(), t.slug),
		index('partnerships_network_idx').on(t.networkId, t.startDate.desc().nullsLast(), t.slug),
		check('partnerships_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
		check(
			'partnerships_dates_order',
			sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} > ${t.startDate}`
		)
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
		...timestamps
	},
	(t) => [
		primaryKey({ columns: [t.partnershipId, t.organisationId] }),
		index('partnership_parties_organisation_idx').on(t.organisationId)
	]
);
