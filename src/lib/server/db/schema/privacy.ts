import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { timestamps } from './columns';
import { programmes } from './programmes';

// Personal data under the GDPR (domain/privacy, decision 0018): how long each programme keeps what is
// only kept for a while, and the people staff erased on request.

/**
 * How many days a programme keeps data that has served its purpose. A programme without a row uses the
 * defaults of domain/privacy/settings.ts (the same as the column defaults here).
 */
export const privacySettings = pgTable(
	'programme_privacy_settings',
	{
		programmeId: uuid('programme_id')
			.primaryKey()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		/** Answers to calls whose sender never verified their e-mail, counted from when they were sent. */
		unverifiedAnswerDays: integer('unverified_answer_days').notNull().default(30),
		/** Accounts whose e-mail was never verified, counted from their creation. */
		unverifiedAccountDays: integer('unverified_account_days').notNull().default(30),
		signInEventDays: integer('sign_in_event_days').notNull().default(365),
		/** Invitations, counted from when they expired or were revoked. */
		invitationDays: integer('invitation_days').notNull().default(90),
		/** Mail written to the local outbox (when no SMTP server is set). */
		outboxDays: integer('outbox_days').notNull().default(30),
		...timestamps
	},
	(t) => [
		check(
			'programme_privacy_settings_days',
			sql`least(${t.unverifiedAnswerDays}, ${t.unverifiedAccountDays}, ${t.signInEventDays}, ${t.invitationDays}, ${t.outboxDays}) >= 1
			and greatest(${t.unverifiedAnswerDays}, ${t.unverifiedAccountDays}, ${t.signInEventDays}, ${t.invitationDays}, ${t.outboxDays}) <= 3650`
		)
	]
);

/**
 * A person staff erased: their account row stays, renamed to `pseudonym`, so that the audit trail still
 * reads as one actor; nothing here says who they were.
 */
export const erasedPeople = pgTable('erased_people', {
	id: uuid('id').primaryKey().defaultRandom(),
	userId: text('user_id')
		.notNull()
		.unique()
		.references(() => users.id, { onDelete: 'cascade' }),
	pseudonym: text('pseudonym').notNull().unique(),
	erasedAt: timestamp('erased_at', { withTimezone: true }).notNull().defaultNow(),
	erasedByUserId: text('erased_by_user_id').references(() => users.id, { onDelete: 'set null' })
});
