import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { partnershipPhase, partnerships } from './partnerships';

/**
 * Every write to organisations, networks, partnerships and what hangs on them: who, when, what, and the
 * record before and after. Written by the use case in the same transaction as the change
 * (domain/audit/record.ts). `organisation_ids` are the organisations concerned, for filtering.
 */
export const auditEvents = pgTable(
	'audit_events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
		actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		subjectType: text('subject_type').notNull(),
		subjectId: uuid('subject_id').notNull(),
		// No foreign key: the record of a partnership outlives the partnership.
		partnershipId: uuid('partnership_id'),
		organisationIds: uuid('organisation_ids')
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		before: jsonb('before'),
		after: jsonb('after'),
		reason: text('reason')
	},
	(t) => [
		index('audit_events_occurred_idx').on(t.occurredAt),
		index('audit_events_subject_idx').on(t.subjectType, t.subjectId, t.occurredAt),
		index('audit_events_partnership_idx').on(t.partnershipId, t.occurredAt),
		index('audit_events_actor_idx').on(t.actorUserId, t.occurredAt),
		index('audit_events_organisations_idx').using('gin', t.organisationIds)
	]
);

/** A partnership's moves between phases: the timeline of its life, each with who, when and why. */
export const partnershipPhaseChanges = pgTable(
	'partnership_phase_changes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		fromPhase: partnershipPhase('from_phase'),
		toPhase: partnershipPhase('to_phase').notNull(),
		reason: text('reason'),
		changedByUserId: text('changed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('partnership_phase_changes_partnership_idx').on(t.partnershipId, t.changedAt)]
);
