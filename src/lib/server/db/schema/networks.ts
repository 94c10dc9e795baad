import { sql } from 'drizzle-orm';
import { check, char, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps, translated } from './columns';
import { organisations } from './organisations';
import { programmes, themes } from './programmes';

export const networks = pgTable(
	'networks',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programmes.id),
		themeId: uuid('theme_id')
			.notNull()
			.references(() => themes.id),
		name: translated('name'),
		description: translated('description'),
		startYear: integer('start_year').notNull(),
		endYear: integer('end_year').notNull(),
		...timestamps
	},
	(t) => [
		index('networks_theme_idx').on(t.themeId),
		check('networks_years_order', sql`${t.endYear} >= ${t.startYear}`),
		check('networks_years_range', sql`${t.startYear} between 1900 and 2200`)
	]
);

export const networkCountries = pgTable(
	'network_countries',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		countryCode: char('country_code', { length: 2 }).notNull()
	},
	(t) => [primaryKey({ columns: [t.networkId, t.countryCode] })]
);

/** University experts attached to a network: a person, their university, and what they offer. */
export const networkExperts = pgTable(
	'network_experts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		name: text('name').notNull(),
		email: text('email'),
		expertise: translated('expertise'),
		...timestamps
	},
	(t) => [index('network_experts_network_idx').on(t.networkId)]
);
