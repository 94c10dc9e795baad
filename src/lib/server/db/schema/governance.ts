import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { timestamps, translated } from './columns';
import { organisations } from './organisations';
import { partnershipParties, partnerships } from './partnerships';

// A partnership's governance (domain/governance): the steering group of politicians, the project group
// of officials, and executor organisations. A member sits for one party (their side): the composite
// foreign key to partnership_parties makes the database refuse a side that is not a party, and removes
// the members of a party that leaves.

export const politicalStandings = ['majority', 'opposition'] as const;
export const politicalStanding = pgEnum('political_standing', politicalStandings);

export const steeringRoles = ['chair', 'vice_chair', 'member'] as const;
export const steeringRole = pgEnum('steering_role', steeringRoles);

export const projectGroupRoles = ['coordinator', 'member'] as const;
export const projectGroupRole = pgEnum('project_group_role', projectGroupRoles);

const person = {
	name: text('name').notNull(),
	email: text('email'),
	/** The person's account, when they have one. */
	userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
	/** Only people who agreed are named on public pages; otherwise their role alone is shown. */
	listedPublicly: boolean('listed_publicly').notNull().default(false)
};

export const steeringGroupMembers = pgTable(
	'steering_group_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id').notNull(),
		organisationId: uuid('organisation_id').notNull(),
		...person,
		politicalParty: text('political_party').notNull(),
		standing: politicalStanding('standing').notNull(),
		role: steeringRole('role').notNull().default('member'),
		...timestamps
	},
	(t) => [
		foreignKey({
			name: 'steering_group_members_party_fk',
			columns: [t.partnershipId, t.organisationId],
			foreignColumns: [partnershipParties.partnershipId, partnershipParties.organisationId]
		}).onDelete('cascade'),
		index('steering_group_members_partnership_idx').on(t.partnershipId),
		check('steering_group_members_name_present', sql`length(trim(${t.name})) > 0`)
	]
);

export const projectGroupMembers = pgTable(
	'project_group_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id').notNull(),
		organisationId: uuid('organisation_id').notNull(),
		...person,
		/** Job title, e.g. "development strategist". */
		title: text('title'),
		role: projectGroupRole('role').notNull().default('member'),
		...timestamps
	},
	(t) => [
		foreignKey({
			name: 'project_group_members_party_fk',
			columns: [t.partnershipId, t.organisationId],
			foreignColumns: [partnershipParties.partnershipId, partnershipParties.organisationId]
		}).onDelete('cascade'),
		index('project_group_members_partnership_idx').on(t.partnershipId),
		check('project_group_members_name_present', sql`length(trim(${t.name})) > 0`)
	]
);

/** Other organisations that carry out parts of the project (a school, a university), and what they do. */
export const partnershipExecutors = pgTable(
	'partnership_executors',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		tasks: translated('tasks'),
		...timestamps
	},
	(t) => [
		index('partnership_executors_partnership_idx').on(t.partnershipId),
		index('partnership_executors_organisation_idx').on(t.organisationId)
	]
);
