import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { Actor } from '../../accounts/actor';
import { getExpression, listExpressions } from '../queries';
import { isUuid, parseInput, wholeNumber } from '$lib/server/validation';
import { AppError } from '$lib/server/errors';
import type { ExpressionDocument, ExpressionList } from './schemas';

// The expression endpoints' answers, shaped as schemas-expressions.ts publishes them.

/** The query of GET /api/v1/expressions. */
export const expressionListQuery = z.object({
	page: wholeNumber({ min: 1, max: 100_000, fallback: 1 }),
	limit: wholeNumber({ min: 1, max: 100, fallback: 25 }),
	call: z.string().optional().describe('A call id (uuid)')
});

/** The caller's answers (staff: every answer), optionally of one call (`?call=<id>`). */
export async function readExpressions(actor: Actor, url: URL): Promise<ExpressionList> {
	const query = parseInput(expressionListQuery, Object.fromEntries(url.searchParams));
	if (query.call !== undefined && !isUuid(query.call)) throw AppError.invalid({ call: m.validation_unknown_choice() });
	const page = await listExpressions(actor, { page: query.page, limit: query.limit, callId: query.call, all: true });
	return {
		data: page.items.map((e) => ({
			id: e.id,
			status: e.status,
			submittedAt: e.submittedAt?.toISOString() ?? null,
			updatedAt: e.updatedAt.toISOString(),
			call: { id: e.callId, slug: e.callSlug, title: e.callTitle, kind: e.callKind },
			organisation: { id: e.organisationId, name: e.organisationName }
		})),
		page: page.page,
		limit: page.limit,
		total: page.total
	};
}

/** One answer for its applicant, its organisation's coordinators and staff; 404 for anyone else. */
export async function readExpression(actor: Actor, id: string): Promise<ExpressionDocument> {
	const e = await getExpression(actor, id);
	return {
		data: {
			id: e.id,
			status: e.status,
			submittedAt: e.submittedAt?.toISOString() ?? null,
			createdAt: e.createdAt.toISOString(),
			updatedAt: e.updatedAt.toISOString(),
			locale: e.locale,
			call: {
				id: e.call.id,
				slug: e.call.slug,
				title: e.call.title,
				kind: e.call.kind,
				state: e.call.state,
				opensAt: e.call.opensAt.toISOString(),
				closesAt: e.call.closesAt.toISOString(),
				questions: e.call.questions,
				requirements: e.call.requirements
			},
			organisation: e.organisation,
			answers: e.answers,
			confirmations: e.confirmations,
			challenge: e.challenge,
			challengeAreas: e.challengeAreas,
			recognisedAreas: e.recognisedAreas,
			theme: e.theme,
			preferredCountryCodes: e.preferredCountryCodes,
			languages: e.languages,
			timeline: e.timeline.map((t) => ({
				fromStatus: t.fromStatus,
				toStatus: t.toStatus,
				reason: t.reason,
				changedAt: t.changedAt.toISOString()
			})),
			mayEdit: e.mayEdit,
			mayWithdraw: e.mayWithdraw
		}
	};
}
