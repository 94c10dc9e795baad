import { asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '$lib/server/db/client';
import {
	calls,
	expressionsOfInterest,
	matches,
	organisations,
	partnerProfiles,
	partnerships,
	users
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';

// Reads of matchmaking for staff: which call is being matched, and the pairs already accepted.

/** The call the matching page is about, any kind (the page explains that only partner searches match). */
export async function matchingCall(actor: Actor, callId: string) {
	if (!canAdministerProgramme(actor) || !isUuid(callId)) throw AppError.notFound();
	const [call] = await db()
		.select({
			id: calls.id,
			slug: calls.slug,
			kind: calls.kind,
			title: calls.title,
			programmeId: calls.programmeId,
			networkId: calls.networkId
		})
		.from(calls)
		.where(eq(calls.id, callId));
	if (!call) throw AppError.notFound();
	return call;
}

const applicantOrganisations = alias(organisations, 'applicant_organisations');
const profileOrganisations = alias(organisations, 'profile_organisations');

export type AcceptedMatchRow = Awaited<ReturnType<typeof listMatches>>[number];

/**
 * The pairs accepted in a call, newest first: the Swedish applicant and the profile's organisation,
 * the partnership the match made (null when it has since been deleted), the score when accepted and
 * who accepted it. Staff only; 404 for anyone else or for no such call.
 */
export async function listMatches(actor: Actor, callId: string) {
	await matchingCall(actor, callId);
	return db()
		.select({
			id: matches.id,
			expressionId: matches.expressionId,
			profileId: matches.profileId,
			applicant: {
				organisationId: applicantOrganisations.id,
				name: applicantOrganisations.name,
				countryCode: applicantOrganisations.countryCode
			},
			profile: {
				organisationId: profileOrganisations.id,
				name: profileOrganisations.name,
				countryCode: profileOrganisations.countryCode
			},
			partnership: {
				id: partnerships.id,
				slug: partnerships.slug,
				title: partnerships.title,
				phase: partnerships.phase
			},
			score: matches.score,
			acceptedAt: matches.acceptedAt,
			acceptedBy: users.name
		})
		.from(matches)
		.innerJoin(expressionsOfInterest, eq(expressionsOfInterest.id, matches.expressionId))
		.innerJoin(applicantOrganisations, eq(applicantOrganisations.id, expressionsOfInterest.organisationId))
		.innerJoin(partnerProfiles, eq(partnerProfiles.id, matches.profileId))
		.innerJoin(profileOrganisations, eq(profileOrganisations.id, partnerProfiles.organisationId))
		.leftJoin(partnerships, eq(partnerships.id, matches.partnershipId))
		.leftJoin(users, eq(users.id, matches.acceptedByUserId))
		.where(eq(matches.callId, callId))
		.orderBy(desc(matches.acceptedAt), asc(applicantOrganisations.name));
}
