import { sql } from 'drizzle-orm';
import {
	check,
	char,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	real,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import type { TranslatedText } from '$lib/i18n/translated';
import { users } from './auth';
import { timestamps, translated } from './columns';
import { networks } from './networks';
import { organisationKind, organisations } from './organisations';
import { partnerships } from './partnerships';
import { programmes, themes } from './programmes';

// Calls (utlysningar), the expressions of interest that answer them, their review, the partner-seeking
// profiles of a partner-search call, and the matches staff accept. See docs/decisions/0010.

export const callKinds = ['partner_search', 'network_recruitment', 'training_programme'] as const;
export const callKind = pgEnum('call_kind', callKinds);

/** Something a respondent must confirm, e.g. "can attend one workshop in Latin America in 2024". */
export type CallRequirement = { id: string; text: TranslatedText };
/** A question of the call's form; `long` answers get a text area. */
export type CallQuestion = {
	id: string;
	label: TranslatedText;
	help: TranslatedText;
	required: boolean;
	long: boolean;
};
/** What staff score an answer against, 1–5 each. */
export type CallCriterion = { id: string; label: TranslatedText };

export const calls = pgTable(
	'calls',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programmes.id),
		networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
		kind: callKind('kind').notNull(),
		title: translated('title'),
		body: translated('body'),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		/** Who may answer; an empty list means any. */
		eligibleCountryCodes: char('eligible_country_codes', { length: 2 })
			.array()
			.notNull()
			.default(sql`'{}'::char(2)[]`),
		eligibleOrganisationKinds: organisationKind('eligible_organisation_kinds')
			.array()
			.notNull()
			.default(sql`'{}'::organisation_kind[]`),
		requirements: jsonb('requirements').$type<CallRequirement[]>().notNull().default([]),
		questions: jsonb('questions').$type<CallQuestion[]>().notNull().default([]),
		criteria: jsonb('criteria').$type<CallCriterion[]>().notNull().default([]),
		/** Null while staff prepare it: only published calls are public. */
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdByUserId: text('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		...timestamps
	},
	(t) => [
		index('calls_public_idx').on(t.publishedAt, t.closesAt),
		check('calls_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
		check('calls_dates_order', sql`${t.closesAt} > ${t.opensAt}`)
	]
);

export const expressionStatuses = [
	'draft',
	'submitted',
	'under_review',
	'shortlisted',
	'matched',
	'declined',
	'withdrawn'
] as const;
export const expressionStatus = pgEnum('expression_status', expressionStatuses);

/**
 * A visitor's answer waits here until they verify their e-mail: then the account and the organisation
 * (or the existing one with the same name and country) are made. The password is kept only as a hash.
 */
export type PendingRegistration = {
	name: string;
	email: string;
	passwordHash: string;
	organisation: { existingId: string } | { name: string; countryCode: string; kind: string; population: number | null };
};

/** An expression of interest (intresseanmälan): an organisation's answer to a call. */
export const expressionsOfInterest = pgTable(
	'expressions_of_interest',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		callId: uuid('call_id')
			.notNull()
			.references(() => calls.id, { onDelete: 'cascade' }),
		/** Null only while a visitor's registration waits for e-mail verification. */
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
		applicantUserId: text('applicant_user_id').references(() => users.id, { onDelete: 'set null' }),
		status: expressionStatus('status').notNull().default('draft'),
		/** Answers to the call's questions, by question id. */
		answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
		/** The ids of the call's requirements the applicant confirmed. */
		confirmations: text('confirmations')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		// What matchmaking reads (partner-search calls): the challenge, the theme and stated preferences.
		challenge: translated('challenge'),
		themeId: uuid('theme_id').references(() => themes.id, { onDelete: 'set null' }),
		preferredCountryCodes: char('preferred_country_codes', { length: 2 })
			.array()
			.notNull()
			.default(sql`'{}'::char(2)[]`),
		/** Working languages, ISO 639-1 ("sv", "en", "es"). */
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Theme-vocabulary concepts found in the challenge (domain/matchmaking/concepts.ts). */
		concepts: text('concepts')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		conceptsVersion: text('concepts_version'),
		/** Challenge areas the applicant chose from the vocabulary; matchmaking adds them to `concepts`. */
		chosenConcepts: text('chosen_concepts')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** The language the applicant reads: receipts and status mails are written in it. */
		locale: text('locale').notNull().default('sv'),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		registration: jsonb('registration').$type<PendingRegistration>(),
		verificationTokenHash: text('verification_token_hash').unique(),
		verificationExpiresAt: timestamp('verification_expires_at', { withTimezone: true }),
		...timestamps
	},
	(t) => [
		unique('expressions_call_organisation').on(t.callId, t.organisationId),
		index('expressions_call_status_idx').on(t.callId, t.status),
		index('expressions_organisation_idx').on(t.organisationId),
		index('expressions_applicant_idx').on(t.applicantUserId),
		check('expressions_owner', sql`${t.organisationId} is not null or ${t.registration} is not null`)
	]
);

/** Each status change of an expression of interest: who, when, from what to what, and why. */
export const expressionStatusChanges = pgTable(
	'expression_status_changes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		expressionId: uuid('expression_id')
			.notNull()
			.references(() => expressionsOfInterest.id, { onDelete: 'cascade' }),
		fromStatus: expressionStatus('from_status'),
		toStatus: expressionStatus('to_status').notNull(),
		reason: text('reason'),
		changedByUserId: text('changed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('expression_status_changes_expression_idx').on(t.expressionId, t.changedAt)]
);

export type CriterionScore = { score: number; comment: string };

/** One staff member's scores of one answer, by criterion id (1–5 each, with a comment). */
export const expressionReviews = pgTable(
	'expression_reviews',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		expressionId: uuid('expression_id')
			.notNull()
			.references(() => expressionsOfInterest.id, { onDelete: 'cascade' }),
		reviewerUserId: text('reviewer_user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		scores: jsonb('scores').$type<Record<string, CriterionScore>>().notNull().default({}),
		...timestamps
	},
	(t) => [unique('expression_reviews_one_per_reviewer').on(t.expressionId, t.reviewerUserId)]
);

/** Staff's internal notes on an answer; applicants never see them. */
export const expressionNotes = pgTable(
	'expression_notes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		expressionId: uuid('expression_id')
			.notNull()
			.references(() => expressionsOfInterest.id, { onDelete: 'cascade' }),
		authorUserId: text('author_user_id').references(() => users.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('expression_notes_expression_idx').on(t.expressionId, t.createdAt)]
);

export const profileStatuses = ['draft', 'published', 'withdrawn'] as const;
export const profileStatus = pgEnum('partner_profile_status', profileStatuses);

/** An organisation abroad that seeks a Swedish partner, in a partner-search call. */
export const partnerProfiles = pgTable(
	'partner_profiles',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		callId: uuid('call_id')
			.notNull()
			.references(() => calls.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		themeId: uuid('theme_id')
			.notNull()
			.references(() => themes.id),
		status: profileStatus('status').notNull().default('draft'),
		challenge: translated('challenge'),
		/** What it hopes a Swedish partner brings. */
		hopes: translated('hopes'),
		/** Who to contact, as a role ("planning director"), not a person's name. */
		contactRole: translated('contact_role'),
		population: integer('population'),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** How many Swedish partners it may be matched with. */
		maxMatches: integer('max_matches').notNull().default(1),
		concepts: text('concepts')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		conceptsVersion: text('concepts_version'),
		/** Challenge areas chosen from the vocabulary; matchmaking adds them to `concepts`. */
		chosenConcepts: text('chosen_concepts')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		createdByUserId: text('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		...timestamps
	},
	(t) => [
		unique('partner_profiles_call_organisation').on(t.callId, t.organisationId),
		index('partner_profiles_public_idx').on(t.status, t.themeId),
		index('partner_profiles_organisation_idx').on(t.organisationId),
		check('partner_profiles_max_matches', sql`${t.maxMatches} between 1 and 10`),
		check('partner_profiles_population_positive', sql`${t.population} is null or ${t.population} > 0`)
	]
);

/**
 * A pair staff accepted: the applicant and the profile, and the partnership it made. An applicant is
 * matched once per call (unique); a profile at most `max_matches` times, counted under its row lock.
 */
export const matches = pgTable(
	'matches',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		callId: uuid('call_id')
			.notNull()
			.references(() => calls.id, { onDelete: 'cascade' }),
		expressionId: uuid('expression_id')
			.notNull()
			.unique()
			.references(() => expressionsOfInterest.id, { onDelete: 'cascade' }),
		profileId: uuid('profile_id')
			.notNull()
			.references(() => partnerProfiles.id, { onDelete: 'cascade' }),
		partnershipId: uuid('partnership_id').references(() => partnerships.id, { onDelete: 'set null' }),
		/** The suggestion's score when accepted (0–100), null for a pair picked by hand without one. */
		score: real('score'),
		parts: jsonb('parts'),
		acceptedByUserId: text('accepted_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('matches_profile_idx').on(t.profileId), index('matches_call_idx').on(t.callId)]
);
