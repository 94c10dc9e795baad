import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import {
	networks,
	organisations,
	partnershipParties,
	partnershipPhaseChanges,
	partnerships,
	programmes,
	themes,
	users
} from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { explainWarnings, warningsOfPartnerships, type ExplainedWarning } from '../governance/warnings';
import { listNetworks } from '../networks/queries';
import { organisationOptions } from '../organisations/queries';
import { listThemes } from '../themes/queries';
import { partnershipFor } from './access';
import { isFinalPhase, type Phase } from './phases';
import { visibility } from './visibility';

// Reads of the signed-in workspace: always scoped by who asks (partnershipFor, or the actor's memberships).

export type WorkspaceParty = { id: string; slug: string; name: string; countryCode: string };

const outerPartnershipId = sql`${partnerships}.${sql.identifier(partnerships.id.name)}`;

/** All parties of the row's partnership with their ids: Swedish parties first, then by name. */
const partiesWithIds = sql<WorkspaceParty[]>`(
	select coalesce(json_agg(json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'countryCode', o.country_code)
		order by (o.country_code <> 'SE'), o.name), '[]'::json)
	from partnership_parties pp join organisations o on o.id = pp.organisation_id
	where pp.partnership_id = ${outerPartnershipId})`;

/**
 * Each partnership's open governance warnings, explained in the request's language. A completed or
 * terminated partnership has none: its groups are history, not work to do.
 */
async function explainedWarnings(
	rows: readonly { id: string; phase: Phase; parties: WorkspaceParty[] }[]
): Promise<Map<string, ExplainedWarning[]>> {
	const warnings = await warningsOfPartnerships(rows.filter((r) => !isFinalPhase(r.phase)).map((r) => r.id));
	return new Map(
		rows.map((row) => {
			const name = (id: string) => row.parties.find((p) => p.id === id)?.name ?? id;
			return [row.id, explainWarnings(warnings.get(row.id) ?? [], name)];
		})
	);
}

/** The orders a list of partnerships allows: by start date, or by phase (in the lifecycle's order). */
const partnershipOrders = { start: partnerships.startDate, phase: partnerships.phase } as const;
export type PartnershipSort = keyof typeof partnershipOrders;

/**
 * The partnerships an actor works on, a page at a time, newest first (or by `sort`): every partnership
 * for staff, else those with a party the actor belongs to; optionally only one phase. Each with its
 * parties, project period and open governance warnings.
 */
export async function workspacePartnerships(
	actor: Actor,
	{
		phase,
		page,
		limit,
		sort = 'start',
		dir = 'desc'
	}: { phase?: Phase; page: number; limit: number; sort?: PartnershipSort; dir?: 'asc' | 'desc' }
) {
	const conditions: SQL[] = [];
	if (!actor.isStaff) {
		const ids = actor.memberships.map((m) => m.organisationId);
		if (ids.length === 0) return { items: [], total: 0, page, limit };
		conditions.push(sql`exists (select 1 from partnership_parties pp where pp.partnership_id = ${outerPartnershipId}
			and pp.organisation_id in ${ids})`);
	}
	if (phase) conditions.push(eq(partnerships.phase, phase));
	const where = conditions.length ? and(...conditions) : undefined;
	const [rows, [total]] = await Promise.all([
		db()
			.select({
				id: partnerships.id,
				slug: partnerships.slug,
				title: partnerships.title,
				phase: partnerships.phase,
				startDate: partnerships.startDate,
				endDate: partnerships.endDate,
				projectStartDate: partnerships.projectStartDate,
				projectEndDate: partnerships.projectEndDate,
				theme: { slug: themes.slug, name: themes.name },
				parties: partiesWithIds
			})
			.from(partnerships)
			.innerJoin(themes, eq(themes.id, partnerships.themeId))
			.where(where)
			.orderBy(
				sql`${partnershipOrders[sort]} ${dir === 'asc' ? sql`asc` : sql`desc`} nulls last`,
				asc(partnerships.slug)
			)
			.limit(limit)
			.offset((page - 1) * limit),
		db().select({ n: count() }).from(partnerships).where(where)
	]);
	const warnings = await explainedWarnings(rows);
	return {
		items: rows.map((row) => ({ ...row, warnings: warnings.get(row.id) ?? [] })),
		total: total?.n ?? 0,
		page,
		limit
	};
}

export type WorkspacePartnership = Awaited<ReturnType<typeof workspacePartnerships>>['items'][number];

/** A partnership's moves between phases, oldest first, each with who made it (null for the system). */
export async function phaseTimeline(partnershipId: string) {
	return db()
		.select({
			id: partnershipPhaseChanges.id,
			fromPhase: partnershipPhaseChanges.fromPhase,
			toPhase: partnershipPhaseChanges.toPhase,
			reason: partnershipPhaseChanges.reason,
			changedAt: partnershipPhaseChanges.changedAt,
			changedBy: users.name
		})
		.from(partnershipPhaseChanges)
		.leftJoin(users, eq(users.id, partnershipPhaseChanges.changedByUserId))
		.where(eq(partnershipPhaseChanges.partnershipId, partnershipId))
		.orderBy(asc(partnershipPhaseChanges.changedAt), asc(partnershipPhaseChanges.id));
}

/**
 * One partnership as its workspace shows it, by id or `{ slug }`: for staff and the parties' people,
 * 404 for everyone else (partnershipFor). With its theme, network, parties, open governance warnings,
 * whether the public sees it (visibility.ts) and what the actor may do.
 */
export async function partnershipDetail(actor: Actor, key: string | { slug: string }) {
	const { partnership, access } = await partnershipFor(db(), actor, key, 'read');
	const [[related], parties] = await Promise.all([
		db()
			.select({
				theme: { id: themes.id, slug: themes.slug, name: themes.name },
				network: { id: networks.id, slug: networks.slug, name: networks.name },
				programme: {
					id: programmes.id,
					name: programmes.name,
					projectMinYears: programmes.projectMinYears,
					projectMaxYears: programmes.projectMaxYears,
					partnershipsPublicFrom: programmes.partnershipsPublicFrom
				}
			})
			.from(partnerships)
			.innerJoin(themes, eq(themes.id, partnerships.themeId))
			.innerJoin(programmes, eq(programmes.id, partnerships.programmeId))
			.leftJoin(networks, eq(networks.id, partnerships.networkId))
			.where(eq(partnerships.id, partnership.id)),
		db()
			.select({
				id: organisations.id,
				slug: organisations.slug,
				name: organisations.name,
				kind: organisations.kind,
				countryCode: organisations.countryCode
			})
			.from(partnershipParties)
			.innerJoin(organisations, eq(organisations.id, partnershipParties.organisationId))
			.where(eq(partnershipParties.partnershipId, partnership.id))
			.orderBy(sql`${organisations.countryCode} <> 'SE'`, asc(organisations.name))
	]);
	const warnings =
		(await explainedWarnings([{ id: partnership.id, phase: partnership.phase, parties }])).get(partnership.id) ?? [];
	return {
		partnership,
		theme: related!.theme,
		network: related!.network,
		programme: related!.programme,
		parties,
		warnings,
		visibility: visibility(partnership, related!.programme.partnershipsPublicFrom),
		canEdit: access === 'edit',
		canManage: actor.isStaff
	};
}

export type PartnershipDetail = Awaited<ReturnType<typeof partnershipDetail>>;

/** What the partnership forms offer to choose from: programmes, themes, networks and organisations. */
export async function partnershipChoices() {
	const [programmeRows, themeRows, networkRows, organisationRows] = await Promise.all([
		db().select({ id: programmes.id, name: programmes.name }).from(programmes).orderBy(asc(programmes.createdAt)),
		listThemes(),
		listNetworks(),
		organisationOptions()
	]);
	return {
		programmes: programmeRows,
		themes: themeRows.map((t) => ({ id: t.id, name: t.name })),
		networks: networkRows.map((n) => ({ id: n.id, name: n.name, startYear: n.startYear, endYear: n.endYear })),
		organisations: organisationRows
	};
}
