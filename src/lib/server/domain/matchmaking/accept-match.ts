import { count, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { localize, type TranslatedText } from '$lib/i18n/translated';
import { locales } from '$lib/i18n/locales';
import { db, type Executor } from '$lib/server/db/client';
import { calls, expressionsOfInterest, matches, organisations, partnerProfiles } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { log } from '$lib/server/log';
import { isUuid, parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { sendStatusMails } from '../expressions/mails';
import { canMove, moveStatus, statusName } from '../expressions/statuses';
import { insertPartnership } from '../partnerships/create-partnership';
import { partnershipInput } from '../partnerships/schemas';
import { exclusionMessage } from './explain';
import { sendMatchedMails, type AcceptedPair } from './match-mails';
import { matchInput } from './schemas';
import { scoreOnePair } from './suggestions';
import type { ExclusionReason } from './types';

export type AcceptedMatch = { matchId: string; partnershipId: string; partnershipSlug: string };

/**
 * Accepts a pair of a partner-search call: the Swedish applicant's answer and a partner-seeking profile
 * become a partnership in the inception phase. Staff only (others: not found).
 *
 * Rules, checked in one transaction under row locks: the call is a partner search; the answer belongs
 * to it, has a matchable status and no match yet; the profile belongs to it, is published and has fewer
 * matches than its `max_matches`; the pair passes matchmaking's hard filter (scoreOnePair). A broken
 * rule that another accept or a status change can cause is a conflict (409), the others invalid (400).
 *
 * Races: the call row is locked `for update` first, so accepts of one call run one after another and
 * each sees what the one before committed (a profile's count, an answer's match); two accepts can never
 * wait on each other's locks in opposite orders. Then the answer's row and the profile's row are locked,
 * in that order, against status changes and edits made outside matchmaking. The unique answer in
 * `matches` is the last guard: its violation is answered as the same conflict.
 *
 * Writes the partnership (both organisations as parties, the Swedish one first; the profile's theme; the
 * call's network and programme), the match with the suggestion's score, the answer's move to `matched`
 * with its timeline entry, and the audit records. After commit: a mail to each coordinator of both
 * organisations, in their own language, with the partner, the call and a link to the partnership
 * (sendMatchedMails: the profile's author when its organisation has no coordinator); an applicant who is
 * not one of those coordinators gets the answer's status mail instead, which links to the answer.
 */
export async function acceptMatch(
	actor: Actor,
	input: { callId: string; expressionId?: unknown; profileId?: unknown }
): Promise<AcceptedMatch> {
	if (!canAdministerProgramme(actor) || !isUuid(input.callId)) throw AppError.notFound();
	const { expressionId, profileId } = parseInput(matchInput, input);
	let accepted: Awaited<ReturnType<typeof acceptInTransaction>>;
	try {
		accepted = await db().transaction((tx) => acceptInTransaction(tx, actor, input.callId, expressionId, profileId));
	} catch (error) {
		if (isDuplicateMatch(error)) throw new AppError('conflict', m.matchmaking_error_answer_already_matched());
		throw error;
	}
	// The match stands whatever happens to the mails: a failure is logged, not answered.
	try {
		const mailed = await sendMatchedMails(accepted.mail);
		// Each person gets one mail: coordinators the partnership's, an applicant who is none the answer's.
		if (accepted.applicantUserId && !mailed.has(accepted.applicantUserId)) await sendStatusMails([expressionId]);
	} catch (error) {
		log.error({ err: error, matchId: accepted.matchId }, 'could not send the mails of an accepted match');
	}
	return {
		matchId: accepted.matchId,
		partnershipId: accepted.partnershipId,
		partnershipSlug: accepted.partnershipSlug
	};
}

async function acceptInTransaction(
	tx: Executor,
	actor: Actor,
	callId: string,
	expressionId: string,
	profileId: string
) {
	const [call] = await tx
		.select({
			id: calls.id,
			kind: calls.kind,
			title: calls.title,
			programmeId: calls.programmeId,
			networkId: calls.networkId
		})
		.from(calls)
		.where(eq(calls.id, callId))
		.for('update');
	if (!call) throw AppError.notFound();
	if (call.kind !== 'partner_search') throw AppError.invalid({ _form: m.matchmaking_error_not_partner_search() });

	const [expression] = await tx
		.select()
		.from(expressionsOfInterest)
		.where(eq(expressionsOfInterest.id, expressionId))
		.for('update');
	if (!expression || expression.callId !== call.id || !expression.organisationId)
		throw AppError.invalid({ expressionId: m.matchmaking_error_expression_not_in_call() });
	const [profile] = await tx.select().from(partnerProfiles).where(eq(partnerProfiles.id, profileId)).for('update');
	if (!profile || profile.callId !== call.id)
		throw AppError.invalid({ profileId: m.matchmaking_error_profile_not_in_call() });

	const applicant = await organisation(tx, expression.organisationId);
	const partner = await organisation(tx, profile.organisationId);
	const [existing] = await tx.select({ id: matches.id }).from(matches).where(eq(matches.expressionId, expression.id));
	if (existing) throw new AppError('conflict', m.matchmaking_error_already_matched({ organisation: applicant.name }));
	if (!canMove('match', expression.status, 'matched'))
		throw new AppError(
			'conflict',
			m.matchmaking_error_status({ organisation: applicant.name, status: statusName(expression.status) })
		);
	if (profile.status !== 'published')
		throw new AppError('conflict', m.matchmaking_error_profile_not_published({ organisation: partner.name }));
	const [{ taken } = { taken: 0 }] = await tx
		.select({ taken: count() })
		.from(matches)
		.where(eq(matches.profileId, profile.id));
	if (taken >= profile.maxMatches)
		throw new AppError(
			'conflict',
			m.matchmaking_error_profile_full({ organisation: partner.name, max: String(profile.maxMatches) })
		);

	const { suggestion, exclusions } = await scoreOnePair(tx, call.id, expression.id, profile.id);
	if (exclusions.length > 0) throw excluded(exclusions[0]!);

	const partnership = await insertPartnership(
		tx,
		actor,
		parseInput(partnershipInput, {
			programmeId: call.programmeId,
			themeId: profile.themeId ?? expression.themeId,
			networkId: call.networkId ?? undefined,
			phase: 'inception',
			title: sameInEvery(`${applicant.name} – ${partner.name}`.slice(0, 200)),
			challenge: bothChallenges(
				{ name: applicant.name, text: expression.challenge },
				{ name: partner.name, text: profile.challenge }
			),
			partyIds: [applicant.id, partner.id]
		})
	);
	const [match] = await tx
		.insert(matches)
		.values({
			callId: call.id,
			expressionId: expression.id,
			profileId: profile.id,
			partnershipId: partnership.id,
			score: suggestion?.total ?? null,
			parts: suggestion?.parts ?? null,
			acceptedByUserId: actor.userId
		})
		.returning({ id: matches.id });
	await moveStatus(tx, actor, { ...expression, organisationId: applicant.id }, 'matched', { by: 'match' });
	await recordAudit(tx, actor, {
		action: 'match.accepted',
		subjectType: 'match',
		subjectId: match!.id,
		partnershipId: partnership.id,
		organisationIds: [applicant.id, partner.id],
		after: { callId: call.id, expressionId: expression.id, profileId: profile.id, score: suggestion?.total ?? null }
	});
	return {
		matchId: match!.id,
		partnershipId: partnership.id,
		partnershipSlug: partnership.slug,
		applicantUserId: expression.applicantUserId,
		mail: {
			partnershipSlug: partnership.slug,
			callTitle: call.title,
			applicant,
			partner: { ...partner, profileId: profile.id }
		} satisfies AcceptedPair
	};
}

async function organisation(tx: Executor, id: string) {
	const [row] = await tx
		.select({ id: organisations.id, name: organisations.name, countryCode: organisations.countryCode })
		.from(organisations)
		.where(eq(organisations.id, id));
	if (!row) throw AppError.notFound();
	return row;
}

/** Reasons another accept or a status change can cause are conflicts; the rest are about the pair. */
const stateReasons: readonly ExclusionReason[] = ['applicant_status', 'profile_not_published', 'profile_full'];

function excluded(reason: ExclusionReason): AppError {
	const message = m.matchmaking_error_pair_excluded({ reason: exclusionMessage(reason) });
	return stateReasons.includes(reason) ? new AppError('conflict', message) : AppError.invalid({ _form: message });
}

function sameInEvery(text: string): TranslatedText {
	return Object.fromEntries(locales.map((locale) => [locale, text]));
}

/**
 * The partnership's challenge: what each side wrote, under its name, in each language either side wrote
 * in (a side that did not write in that language is quoted in its own, by the usual fallback).
 */
function bothChallenges(...sides: { name: string; text: TranslatedText }[]): TranslatedText {
	const result: TranslatedText = {};
	for (const locale of locales) {
		if (!sides.some((side) => side.text[locale]?.trim())) continue;
		result[locale] = sides
			.map((side) => ({ name: side.name, text: localize(side.text, locale).text.trim() }))
			.filter((side) => side.text)
			.map((side) => `${side.name}:\n${side.text.slice(0, 4900)}`)
			.join('\n\n');
	}
	return result;
}

/** True for the database's refusal of a second match of one answer (the unique `expression_id`). */
function isDuplicateMatch(error: unknown): boolean {
	for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
		const { code, constraint, constraint_name, message } = e as Record<string, unknown>;
		if (code !== '23505') continue;
		const name = constraint ?? constraint_name;
		return name === 'matches_expression_id_unique' || String(message).includes('matches_expression_id_unique');
	}
	return false;
}
