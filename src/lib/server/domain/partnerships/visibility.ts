import { eq, sql, type SQL } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { partnershipPublicities, partnerships, programmes } from '$lib/server/db/schema';
import type { Phase } from './phases';

// Who may see a partnership (decision 0013): the one rule every public read applies.

export type Publicity = (typeof partnershipPublicities)[number];

/**
 * The phases in which a partnership is public by the programme's setting alone. Application never (it
 * is not a partnership yet) and terminated never (one that was public when it ended was published then,
 * see movePhase); staff can publish any partnership earlier.
 */
export const publicPhases: Record<Publicity, readonly Phase[]> = {
	inception: ['inception', 'project', 'expansion', 'dissemination', 'completed'],
	project: ['project', 'expansion', 'dissemination', 'completed'],
	staff: []
};

export type Visibility = 'published' | 'by_phase' | 'not_public';

/**
 * Why a partnership is public, or not: staff published it, its phase is one the programme's setting
 * shows, or neither.
 */
export function visibility(partnership: { phase: Phase; publishedAt: Date | null }, publicFrom: Publicity): Visibility {
	if (partnership.publishedAt !== null) return 'published';
	return publicPhases[publicFrom].includes(partnership.phase) ? 'by_phase' : 'not_public';
}

/** Whether the public sees a partnership (the rule publicPartnership applies in SQL). */
export function isPublicPartnership(
	partnership: { phase: Phase; publishedAt: Date | null },
	publicFrom: Publicity
): boolean {
	return visibility(partnership, publicFrom) !== 'not_public';
}

const literal = (value: string) => sql.raw(`'${value}'`);
// Always with the table's name: Drizzle leaves it out in a select without joins, and inside the
// subquery a bare name could mean a column of programmes.
const column = (c: { name: string }) => sql`${partnerships}.${sql.identifier(c.name)}`;

/**
 * The same rule as a condition on a row of `partnerships` (the table, not an alias), for every public
 * read: lists, counts, figures, the public page, the API, the country choices. The programme's setting is
 * looked up by its primary key; the values are constants of this file, written into the SQL once.
 */
export const publicPartnership: SQL = sql`(${column(partnerships.publishedAt)} is not null or exists (
	select 1 from programmes pr where pr.id = ${column(partnerships.programmeId)}
	and ${column(partnerships.phase)} = any(case pr.partnerships_public_from ${sql.join(
		partnershipPublicities.map(
			(from) =>
				sql`when ${literal(from)} then array[${sql.join(publicPhases[from].map(literal), sql`, `)}]::partnership_phase[]`
		),
		sql` `
	)} end)))`;

/**
 * A partnership's visibility with the programme's setting it follows, for its workspace (the caller has
 * checked access).
 */
export async function visibilityOf(partnership: {
	programmeId: string;
	phase: Phase;
	publishedAt: Date | null;
}): Promise<{ visibility: Visibility; publicFrom: Publicity; publishedAt: Date | null; publicByPhase: boolean }> {
	const [programme] = await db()
		.select({ publicFrom: programmes.partnershipsPublicFrom })
		.from(programmes)
		.where(eq(programmes.id, partnership.programmeId));
	const publicFrom = programme?.publicFrom ?? 'project';
	return {
		visibility: visibility(partnership, publicFrom),
		publicFrom,
		publishedAt: partnership.publishedAt,
		// Whether it would stay public without the publication.
		publicByPhase: publicPhases[publicFrom].includes(partnership.phase)
	};
}
