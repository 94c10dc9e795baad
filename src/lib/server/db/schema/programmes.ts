import { sql } from 'drizzle-orm';
import { check, char, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps, translated } from './columns';
import { organisations } from './organisations';

/**
 * From when the programme shows a partnership to the public (see domain/partnerships/visibility.ts and
 * decision 0013): from the inception phase on, from the project phase on, or only once staff publish it.
 */
export const partnershipPublicities = ['inception', 'project', 'staff'] as const;
export const partnershipPublicity = pgEnum('partnership_publicity', partnershipPublicities);

/**
 * A programme and its rules, kept as data so that each programme can set its own
 * (see domain/programmes/rules.ts for what they mean).
 */
export const programmes = pgTable(
	'programmes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		ownerOrganisationId: uuid('owner_organisation_id')
			.notNull()
			.references(() => organisations.id),
		name: translated('name'),
		description: translated('description'),
		minMeetingsPerYear: integer('min_meetings_per_year').notNull().default(2),
		projectMinYears: integer('project_min_years').notNull().default(1),
		projectMaxYears: integer('project_max_years').notNull().default(3),
		fundedConferenceParticipants: integer('funded_conference_participants').notNull().default(2),
		partnershipsPublicFrom: partnershipPublicity('partnerships_public_from').notNull().default('project'),
		/** The IANA zone the programme's deadlines, mails and records are on (decision 0012). */
		timeZone: text('time_zone').notNull().default('Europe/Stockholm'),
		...timestamps
	},
	(t) => [
		check('programmes_meetings_positive', sql`${t.minMeetingsPerYear} >= 0`),
		check('programmes_project_years', sql`${t.projectMinYears} >= 1 and ${t.projectMaxYears} >= ${t.projectMinYears}`),
		check('programmes_conference_participants', sql`${t.fundedConferenceParticipants} >= 0`)
	]
);

export const programmeCountries = pgTable(
	'programme_countries',
	{
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		countryCode: char('country_code', { length: 2 }).notNull()
	},
	(t) => [primaryKey({ columns: [t.programmeId, t.countryCode] })]
);

export const themes = pgTable('themes', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	name: translated('name'),
	description: translated('description'),
	...timestamps
});
