import { eq, inArray } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db, type Executor } from '$lib/server/db/client';
import {
	networks,
	organisations,
	partnershipParties,
	partnershipPhaseChanges,
	partnerships,
	programmes,
	themes
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { uniqueSlug } from '../slugs';
import { partyProblem } from './rules';
import { partnershipInput, type PartnershipData, type PartnershipInput } from './schemas';

const partyMessages = {
	too_few: () => m.partnerships_error_too_few_parties(),
	duplicate: () => m.partnerships_error_duplicate_party(),
	no_swedish: () => m.partnerships_error_no_swedish_party()
};

/**
 * Creates a partnership with its parties. Staff only.
 * Rules: two or more distinct parties, at least one Swedish; the end date after the start date;
 * the theme, programme and optional network must exist. All or nothing, in one transaction.
 * The slug is made from the parties' names ("pitea-chinsali") unless given.
 */
export async function createPartnership(actor: Actor, input: PartnershipInput) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(partnershipInput, input);
	return db().transaction((tx) => insertPartnership(tx, actor, data));
}

/**
 * The work of createPartnership inside the caller's transaction, for use cases that make a partnership
 * as part of something larger (accepting a match). `data` is already parsed; the caller checks policy.
 * Throws AppError.invalid on the same rules; records `partnership.created`.
 */
export async function insertPartnership(tx: Executor, actor: Actor, data: PartnershipData) {
	const parties = data.partyIds.length
		? await tx
				.select({ id: organisations.id, name: organisations.name, countryCode: organisations.countryCode })
				.from(organisations)
				.where(inArray(organisations.id, data.partyIds))
		: [];
	if (new Set(data.partyIds).size === data.partyIds.length && parties.length !== data.partyIds.length)
		throw AppError.invalid({ partyIds: m.validation_unknown_choice() });
	const problem = partyProblem(
		data.partyIds.map((id) => ({
			organisationId: id,
			countryCode: parties.find((p) => p.id === id)?.countryCode ?? ''
		}))
	);
	if (problem) throw AppError.invalid({ partyIds: partyMessages[problem]() });

	await requireRow(
		tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, data.programmeId)),
		'programmeId'
	);
	await requireRow(tx.select({ id: themes.id }).from(themes).where(eq(themes.id, data.themeId)), 'themeId');
	if (data.networkId)
		await requireRow(tx.select({ id: networks.id }).from(networks).where(eq(networks.id, data.networkId)), 'networkId');

	const ordered = [...parties].sort((a, b) => Number(a.countryCode !== 'SE') - Number(b.countryCode !== 'SE'));
	const slug =
		data.slug ?? (await uniqueSlug(tx, partnerships, partnerships.slug, ordered.map((p) => p.name).join(' ')));
	const [created] = await tx
		.insert(partnerships)
		.values({
			slug,
			programmeId: data.programmeId,
			themeId: data.themeId,
			networkId: data.networkId ?? null,
			title: data.title,
			challenge: data.challenge,
			phase: data.phase,
			startDate: data.startDate ?? null,
			endDate: data.endDate ?? null
		})
		.returning();
	await tx
		.insert(partnershipParties)
		.values(data.partyIds.map((organisationId) => ({ partnershipId: created!.id, organisationId })));
	await tx
		.insert(partnershipPhaseChanges)
		.values({ partnershipId: created!.id, fromPhase: null, toPhase: created!.phase, changedByUserId: actor.userId });
	await recordAudit(tx, actor, {
		action: 'partnership.created',
		subjectType: 'partnership',
		subjectId: created!.id,
		partnershipId: created!.id,
		organisationIds: data.partyIds,
		after: { ...created, partyIds: data.partyIds }
	});
	return created!;
}

async function requireRow(query: Promise<unknown[]>, field: string) {
	const rows = await query;
	if (rows.length === 0) throw AppError.invalid({ [field]: m.validation_unknown_choice() });
}
