import { boolean, index, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { organisations } from './organisations';

// Tables read and written by better-auth (usePlural); property names are its field names.

export const userRoles = ['user', 'staff'] as const;

export const users = pgTable('users', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	email: text('email').notNull().unique(),
	emailVerified: boolean('email_verified').notNull().default(false),
	image: text('image'),
	role: text('role', { enum: userRoles }).notNull().default('user'),
	locale: text('locale').notNull().default('sv'),
	/** Set by better-auth's two-factor plugin once the first code from the authenticator app is confirmed. */
	twoFactorEnabled: boolean('two_factor_enabled').notNull().default(false),
	...timestamps
});

export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		token: text('token').notNull().unique(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		...timestamps
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const accounts = pgTable(
	'accounts',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
		refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
		scope: text('scope'),
		password: text('password'),
		...timestamps
	},
	(t) => [index('accounts_user_idx').on(t.userId)]
);

export const verifications = pgTable(
	'verifications',
	{
		id: text('id').primaryKey(),
		identifier: text('identifier').notNull(),
		value: text('value').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		...timestamps
	},
	(t) => [index('verifications_identifier_idx').on(t.identifier)]
);

/** Experts are members too (role 'expert'): the issue of networks' experts builds on this. */
export const membershipRoles = ['coordinator', 'member', 'expert'] as const;
export const membershipRole = pgEnum('membership_role', membershipRoles);

export const memberships = pgTable(
	'memberships',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		role: membershipRole('role').notNull(),
		...timestamps
	},
	(t) => [
		unique('memberships_user_organisation').on(t.userId, t.organisationId),
		index('memberships_organisation_idx').on(t.organisationId)
	]
);
