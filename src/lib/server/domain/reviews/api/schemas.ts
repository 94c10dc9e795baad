import { z } from 'zod';
import { callKinds, expressionStatuses, organisationKinds } from '$lib/server/db/schema';
import { apiSchemas, translatedTextSchema } from '$lib/server/api/schemas';

// Answers of the review endpoints (operations/reviews.ts): staff only, never shown to applicants.

const criterionSchema = z.object({ id: z.string(), label: translatedTextSchema });

const averagesSchema = z
	.object({
		byCriterion: z
			.record(z.string(), z.number().nullable())
			.describe('Per criterion id: the mean score of all reviews (two decimals), null when nobody scored it.'),
		overall: z.number().nullable().describe('The mean of the criteria’s averages, null without reviews.')
	})
	.register(apiSchemas, { id: 'ReviewAverages' });

const scoresSchema = z
	.record(z.string(), z.object({ score: z.int().min(1).max(5), comment: z.string() }))
	.describe('Per criterion id: the score 1–5 and the comment (empty when none).');

export const answerListSchema = z
	.object({
		data: z.object({
			call: z.object({
				id: z.uuid(),
				slug: z.string(),
				kind: z.enum(callKinds),
				title: translatedTextSchema,
				criteria: z.array(criterionSchema)
			}),
			answers: z
				.array(
					z.object({
						id: z.uuid(),
						organisation: z
							.object({ id: z.uuid(), name: z.string(), countryCode: z.string(), kind: z.enum(organisationKinds) })
							.nullable(),
						status: z.enum(expressionStatuses),
						submittedAt: z.iso.datetime().nullable(),
						reviewCount: z.int().min(0),
						averages: averagesSchema,
						reviewedByMe: z.boolean().describe('Whether you have scored it.')
					})
				)
				.describe('Best overall average first (unscored last), then the earliest submitted. Never drafts.')
		})
	})
	.register(apiSchemas, { id: 'AnswerList' });

export const statusMoveResultSchema = z
	.object({
		data: z.object({
			moved: z.array(z.uuid()).describe('The answers that moved: all of those asked for.'),
			to: z.enum(expressionStatuses)
		})
	})
	.register(apiSchemas, { id: 'StatusMoveResult' });

export const reviewListSchema = z
	.object({
		data: z.object({
			expressionId: z.uuid(),
			criteria: z.array(criterionSchema),
			reviews: z.array(
				z.object({
					id: z.uuid(),
					reviewer: z.object({ id: z.string(), name: z.string() }),
					scores: scoresSchema,
					updatedAt: z.iso.datetime()
				})
			),
			averages: averagesSchema.extend({ count: z.int().min(0) })
		})
	})
	.register(apiSchemas, { id: 'ReviewList' });

export const reviewDocumentSchema = z
	.object({
		data: z.object({
			id: z.uuid(),
			expressionId: z.uuid(),
			reviewerUserId: z.string(),
			scores: scoresSchema,
			updatedAt: z.iso.datetime()
		})
	})
	.register(apiSchemas, { id: 'ReviewDocument' });

const noteSchema = z
	.object({
		id: z.uuid(),
		body: z.string(),
		createdAt: z.iso.datetime(),
		author: z
			.object({ id: z.string(), name: z.string() })
			.nullable()
			.describe('Null when the author’s account is gone.')
	})
	.register(apiSchemas, { id: 'ExpressionNote' });

export const noteListSchema = z
	.object({ data: z.array(noteSchema).describe('Newest first.') })
	.register(apiSchemas, { id: 'ExpressionNoteList' });

export const noteDocumentSchema = z
	.object({
		data: z.object({
			id: z.uuid(),
			expressionId: z.uuid(),
			authorUserId: z.string(),
			body: z.string(),
			createdAt: z.iso.datetime()
		})
	})
	.register(apiSchemas, { id: 'ExpressionNoteDocument' });
