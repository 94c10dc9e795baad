import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { membershipRole, users } from './auth';
import { organisations } from './organisations';

// Ways in besides a password: invitations to an organisation, and personal API tokens.
// Both keep only a SHA-256 hash of their secret: a copy of the database holds no live link or token.

/** Staff invite a person by e-mail to an organisation with a role; the link works once, until it expires. */
export const invitations = pgTable(
	'invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		email: text('email').notNull(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		role: membershipRole('role').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		locale: text('locale').notNull().default('sv'),
		invitedByUserId: text('invited_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		acceptedByUserId: text('accepted_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('invitations_organisation_idx').on(t.organisationId, t.createdAt),
		index('invitations_email_idx').on(t.email)
	]
);

/** A personal API token: `Authorization: Bearer glk_…` acts as its owner until revoked or expired. */
export const apiTokens = pgTable(
	'api_tokens',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		/** The first characters of the token, so its owner can tell tokens apart. */
		prefix: text('prefix').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('api_tokens_user_idx').on(t.userId, t.createdAt)]
);
