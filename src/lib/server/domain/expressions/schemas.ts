import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { locales } from '$lib/i18n/locales';
import { organisationKinds } from '$lib/server/db/schema';
import { optional, population, translatedText } from '$lib/server/validation';
import { challengeAreas } from '../matchmaking/areas';
import { countryCode } from '../countries/schemas';
import { newPassword, passwordAgain, personName } from '../accounts/schemas';

export const ANSWER_MAX = 10_000;

const id = z.string().trim().min(1).max(100);

/**
 * An answer to a call, as a coordinator (or a visitor) writes it. Nothing here is required: a draft may
 * be incomplete. What submission needs is checked against the call (completeness.ts).
 */
export const expressionInput = z.object({
	/** The organisation answering; may be left out when the person coordinates exactly one. */
	organisationId: optional(z.uuid({ error: () => m.expressions_error_choose_organisation() })),
	answers: z
		.record(
			id,
			z
				.string()
				.trim()
				.max(ANSWER_MAX, { error: () => m.expressions_error_answer_too_long({ max: ANSWER_MAX }) })
		)
		.default({}),
	confirmations: z.array(id).max(100).default([]),
	challenge: translatedText({ max: 5000 }),
	/** Challenge areas chosen from the programme's list (vocabulary keys); matchmaking adds them to the text's. */
	challengeAreas: challengeAreas.default([]),
	themeId: optional(z.uuid({ error: () => m.validation_unknown_choice() })),
	preferredCountryCodes: z.array(countryCode).max(50).default([]),
	/** Working languages, ISO 639-1. */
	languages: z
		.array(
			z
				.string()
				.trim()
				.toLowerCase()
				.regex(/^[a-z]{2}$/, { error: () => m.expressions_error_language() })
		)
		.max(20)
		.default([])
});

export type ExpressionInput = z.input<typeof expressionInput>;
export type ExpressionData = z.output<typeof expressionInput>;

/** What a withdrawal may say. */
export const withdrawInput = z.object({ reason: optional(z.string().trim().max(2000)) });
export type WithdrawInput = z.input<typeof withdrawInput>;

const email = z
	.email({ error: () => m.auth_error_email_invalid() })
	.max(254, { error: () => m.auth_error_email_invalid() })
	.transform((value) => value.toLowerCase());

/** Whether a checkbox-like value is on: true, "true", "on", "1". */
const flag = z.preprocess((v) => v === true || v === 'true' || v === 'on' || v === '1', z.boolean());

/**
 * A visitor without an account: who they are, a new password (twice), their organisation and their
 * answer. `useExisting` with `existingOrganisationId` confirms answering for an organisation that is
 * already registered under the same name and country (it is offered rather than duplicated).
 */
export const visitorInput = expressionInput.omit({ organisationId: true }).extend({
	name: personName,
	email,
	password: newPassword,
	confirm: passwordAgain,
	organisation: z.object({
		name: z
			.string({ error: () => m.expressions_error_organisation_name() })
			.trim()
			.min(2, { error: () => m.expressions_error_organisation_name() })
			.max(200, { error: () => m.validation_organisation_name() }),
		countryCode,
		kind: z.enum(organisationKinds, { error: () => m.validation_choose_organisation_kind() }),
		population: optional(population())
	}),
	useExisting: flag.default(false),
	existingOrganisationId: optional(z.uuid({ error: () => m.validation_choose_organisation() })),
	/** Submit once the e-mail is verified; otherwise the answer waits as a draft. */
	submit: flag.default(false),
	locale: z.enum(locales, { error: () => m.validation_choose_language() }).default('sv')
});

export type VisitorInput = z.input<typeof visitorInput>;
