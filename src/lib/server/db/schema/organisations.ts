import { sql } from 'drizzle-orm';
import { check, char, doublePrecision, index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps, translated } from './columns';

export const organisationKinds = [
	'municipality',
	'region',
	'university',
	'civil_society',
	'programme_owner',
	'other'
] as const;
export const organisationKind = pgEnum('organisation_kind', organisationKinds);

export const organisations = pgTable(
	'organisations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		kind: organisationKind('kind').notNull(),
		countryCode: char('country_code', { length: 2 }).notNull(),
		subdivision: text('subdivision'),
		population: integer('population'),
		latitude: doublePrecision('latitude'),
		longitude: doublePrecision('longitude'),
		description: translated('description'),
		website: text('website'),
		...timestamps
	},
	(t) => [
		index('organisations_country_idx').on(t.countryCode),
		check('organisations_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
		check('organisations_country_format', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
		check('organisations_population_positive', sql`${t.population} is null or ${t.population} > 0`),
		check('organisations_latitude_range', sql`${t.latitude} is null or ${t.latitude} between -90 and 90`),
		check('organisations_longitude_range', sql`${t.longitude} is null or ${t.longitude} between -180 and 180`)
	]
);
