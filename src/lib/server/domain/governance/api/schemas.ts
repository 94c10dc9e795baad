import { z } from 'zod';
import { organisationKinds, politicalStandings, projectGroupRoles, steeringRoles } from '$lib/server/db/schema';
import { apiSchemas, countryCodeSchema, translatedTextSchema } from '$lib/server/api/schemas';

// The answers of the governance endpoints (operations/governance.ts); see schemas.ts for how they are used.

export const steeringMemberSchema = z
	.object({
		id: z.uuid(),
		organisationId: z.uuid().describe('The party (organisation) the politician sits for: their side.'),
		name: z.string(),
		email: z.string().nullable(),
		politicalParty: z.string(),
		standing: z.enum(politicalStandings),
		role: z.enum(steeringRoles).describe('At most one chair per steering group.'),
		listedPublicly: z.boolean().describe('Whether the person agreed to be named on public pages.')
	})
	.register(apiSchemas, { id: 'SteeringMember' });

export const projectMemberSchema = z
	.object({
		id: z.uuid(),
		organisationId: z.uuid().describe('The party (organisation) the official works for: their side.'),
		name: z.string(),
		email: z.string().nullable(),
		title: z.string().nullable().describe('Job title.'),
		role: z.enum(projectGroupRoles),
		listedPublicly: z.boolean().describe('Whether the person agreed to be named on public pages.')
	})
	.register(apiSchemas, { id: 'ProjectMember' });

export const executorSchema = z
	.object({
		id: z.uuid(),
		organisationId: z.uuid(),
		tasks: translatedTextSchema,
		organisation: z.object({
			slug: z.string(),
			name: z.string(),
			kind: z.enum(organisationKinds),
			countryCode: countryCodeSchema
		})
	})
	.describe('An organisation that is not a party and carries out parts of the project.')
	.register(apiSchemas, { id: 'Executor' });

export const governanceWarningSchema = z
	.object({
		code: z.enum([
			'steering_majority_missing',
			'steering_opposition_missing',
			'project_group_side_missing',
			'steering_chair_missing'
		]),
		organisationId: z.uuid().optional().describe('The side the warning concerns, when it concerns one.'),
		message: z.string().describe("What is missing and why, in the request's language.")
	})
	.describe('A governance rule the partnership does not meet yet.')
	.register(apiSchemas, { id: 'GovernanceWarning' });

export const steeringMemberListSchema = z
	.object({ data: z.array(steeringMemberSchema).describe('The chair first, then by role and name.') })
	.register(apiSchemas, { id: 'SteeringMemberList' });

export const projectMemberListSchema = z
	.object({ data: z.array(projectMemberSchema).describe('Coordinators first, then by name.') })
	.register(apiSchemas, { id: 'ProjectMemberList' });

export const executorListSchema = z
	.object({ data: z.array(executorSchema).describe('By organisation name.') })
	.register(apiSchemas, { id: 'ExecutorList' });

export const governanceSchema = z
	.object({
		partnershipId: z.uuid(),
		parties: z
			.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string(), countryCode: countryCodeSchema }))
			.describe('Swedish parties first, then by name.'),
		steeringGroup: z.array(steeringMemberSchema),
		projectGroup: z.array(projectMemberSchema),
		executors: z.array(executorSchema),
		warnings: z
			.array(governanceWarningSchema)
			.describe("The programme's governance rules the partnership does not meet yet; empty when all are met.")
	})
	.register(apiSchemas, { id: 'Governance' });

export const steeringMemberDocumentSchema = z
	.object({ data: steeringMemberSchema })
	.register(apiSchemas, { id: 'SteeringMemberDocument' });
export const projectMemberDocumentSchema = z
	.object({ data: projectMemberSchema })
	.register(apiSchemas, { id: 'ProjectMemberDocument' });
export const executorDocumentSchema = z
	.object({ data: executorSchema })
	.register(apiSchemas, { id: 'ExecutorDocument' });
export const governanceDocumentSchema = z
	.object({ data: governanceSchema })
	.register(apiSchemas, { id: 'GovernanceDocument' });

export type SteeringMember = z.output<typeof steeringMemberSchema>;
export type ProjectMember = z.output<typeof projectMemberSchema>;
export type Executor = z.output<typeof executorSchema>;
export type Governance = z.output<typeof governanceSchema>;
