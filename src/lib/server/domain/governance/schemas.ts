import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { politicalStandings, projectGroupRoles, steeringRoles } from '$lib/server/db/schema';
import { optional, translatedText } from '$lib/server/validation';

// One schema per input, shared by the governance page's forms and /api/v1, so both give the same
// field errors. Additions take every field; changes (PATCH, the edit forms) take only what is sent.

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

const name = z
	.string({ error: () => m.governance_error_name_required() })
	.trim()
	.min(1, { error: () => m.governance_error_name_required() })
	.max(200);
const email = z.email({ error: () => m.governance_error_email_invalid() }).max(320);
/** The party (organisation) the person sits for: their side. */
const side = z.uuid({ error: () => m.governance_error_side_required() });
const politicalParty = z
	.string({ error: () => m.governance_error_political_party_required() })
	.trim()
	.min(1, { error: () => m.governance_error_political_party_required() })
	.max(120);
const standing = z.enum(politicalStandings, { error: () => m.governance_error_standing_required() });
const steeringRole = z.enum(steeringRoles, { error: () => m.governance_error_role_required() });
const projectRole = z.enum(projectGroupRoles, { error: () => m.governance_error_role_required() });
const jobTitle = z.string().trim().max(200);
const listedPublicly = z.boolean();

/** In changes, an optional text sent blank (or null) is cleared; left out, it is kept. */
function clearable<S extends z.ZodType>(schema: S) {
	return z.preprocess(blankToNull, schema.nullable()).optional();
}

export const steeringMemberInput = z.object({
	name,
	email: optional(email),
	organisationId: side,
	politicalParty,
	standing,
	role: steeringRole.default('member'),
	listedPublicly: listedPublicly.default(false)
});
export type SteeringMemberInput = z.input<typeof steeringMemberInput>;

export const steeringMemberChanges = z
	.object({
		name,
		email: clearable(email),
		organisationId: side,
		politicalParty,
		standing,
		role: steeringRole,
		listedPublicly
	})
	.partial();
export type SteeringMemberChanges = z.input<typeof steeringMemberChanges>;

export const projectMemberInput = z.object({
	name,
	email: optional(email),
	title: optional(jobTitle),
	organisationId: side,
	role: projectRole.default('member'),
	listedPublicly: listedPublicly.default(false)
});
export type ProjectMemberInput = z.input<typeof projectMemberInput>;

export const projectMemberChanges = z
	.object({
		name,
		email: clearable(email),
		title: clearable(jobTitle),
		organisationId: side,
		role: projectRole,
		listedPublicly
	})
	.partial();
export type ProjectMemberChanges = z.input<typeof projectMemberChanges>;

export const executorInput = z.object({
	organisationId: z.uuid({ error: () => m.governance_error_executor_organisation_required() }),
	tasks: translatedText({ max: 2000, required: true })
});
export type ExecutorInput = z.input<typeof executorInput>;

/** An executor's organisation stays what it is (remove and add another instead); its tasks change. */
export const executorChanges = z.object({ tasks: translatedText({ max: 2000, required: true }) });
export type ExecutorChanges = z.input<typeof executorChanges>;
