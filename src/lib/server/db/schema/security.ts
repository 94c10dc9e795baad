import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

// Two-factor sign-in and the record of sign-ins (decision 0019).

/**
 * better-auth's `twoFactor` model (usePlural: `twoFactors`): one row per person who set up an
 * authenticator app. The secret and the recovery codes are stored encrypted with AUTH_SECRET by
 * better-auth. `verified` is false until the first code from the app is confirmed.
 */
export const twoFactors = pgTable('two_factors', {
	id: text('id').primaryKey(),
	secret: text('secret').notNull(),
	backupCodes: text('backup_codes').notNull(),
	userId: text('user_id')
		.notNull()
		.unique()
		.references(() => users.id, { onDelete: 'cascade' }),
	verified: boolean('verified').notNull().default(false),
	failedVerificationCount: integer('failed_verification_count').notNull().default(0),
	lockedUntil: timestamp('locked_until', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const signInEventKinds = [
	'signed_in',
	'sign_in_failed',
	'two_factor_failed',
	'recovery_code_used',
	'password_reset',
	'password_changed',
	'session_ended',
	'two_factor_enabled',
	'two_factor_disabled',
	'recovery_codes_renewed'
] as const;
export type SignInEventKind = (typeof signInEventKinds)[number];

/**
 * What happened to an account's sign-in, for the person (Settings) and for staff (audit log).
 * A failed sign-in for an address without an account keeps a hash of the address, never the address.
 * Kept a year (domain/privacy retention deletes by `created_at`).
 */
export const signInEvents = pgTable(
	'sign_in_events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
		/** sha256 of the lower-cased address typed, when it belongs to no account. */
		emailHash: text('email_hash'),
		kind: text('kind', { enum: signInEventKinds }).notNull(),
		/** More about the kind, e.g. why a session ended: signed_out, ended, ended_others, idle, password. */
		detail: text('detail'),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		/** A short summary of the user agent, e.g. "Firefox on Windows". */
		device: text('device'),
		/** sha256 of the long-lived device cookie: a sign-in from a device never seen before is mailed. */
		deviceHash: text('device_hash'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('sign_in_events_user_idx').on(t.userId, t.createdAt.desc()),
		index('sign_in_events_created_idx').on(t.createdAt),
		index('sign_in_events_kind_idx').on(t.kind, t.createdAt.desc()),
		index('sign_in_events_email_hash_idx')
			.on(t.emailHash)
			.where(sql`${t.emailHash} is not null`)
	]
);
