import { db } from '$lib/server/db/client';
import { calls } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { uniqueSlug } from '../slugs';
import { checkCallReferences } from './checks';
import { callInput, type CallInput } from './schemas';

/**
 * Creates a call, unpublished (staff publish it with publishCall). Staff only; others get 404.
 * Rules: it closes after it opens; the programme exists; the network, if any, is one of the
 * programme's; the slug is free (made from the title when not given). New requirements, questions
 * and criteria get short ids. Side effect: an audit event 'call.created'.
 */
export async function createCall(actor: Actor, input: CallInput) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(callInput, input);
	return db().transaction(async (tx) => {
		const networkId = data.networkId ?? null;
		await checkCallReferences(tx, { programmeId: data.programmeId, networkId, slug: data.slug });
		const slug =
			data.slug ?? (await uniqueSlug(tx, calls, calls.slug, data.title.sv ?? data.title.en ?? data.title.es ?? ''));
		const [created] = await tx
			.insert(calls)
			.values({
				slug,
				programmeId: data.programmeId,
				networkId,
				kind: data.kind,
				title: data.title,
				body: data.body,
				opensAt: data.opensAt,
				closesAt: data.closesAt,
				eligibleCountryCodes: data.eligibleCountryCodes,
				eligibleOrganisationKinds: data.eligibleOrganisationKinds,
				requirements: data.requirements,
				questions: data.questions,
				criteria: data.criteria,
				createdByUserId: actor.userId
			})
			.returning();
		await recordAudit(tx, actor, {
			action: 'call.created',
			subjectType: 'call',
			subjectId: created!.id,
			after: created
		});
		return created!;
	});
}
