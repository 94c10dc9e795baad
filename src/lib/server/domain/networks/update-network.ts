import { and, eq, ne } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { networkCountries, networks, programmes, themes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { isUuid } from '$lib/server/validation';
import { networkInput, type NetworkInput } from './schemas';

/**
 * Changes a network's programme, theme, name, description, years and countries. Staff only; anyone
 * else, or an unknown network, gets 404. The end year may not come before the start year; programme
 * and theme must exist (field errors). A blank slug keeps the current one, a new one must be free.
 * The countries are replaced by the given ones. Records `network.updated` with before and after.
 */
export async function updateNetwork(actor: Actor, networkId: string, input: NetworkInput) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(networkInput, input);
	if (!isUuid(networkId)) throw AppError.notFound();
	return db().transaction(async (tx) => {
		const [current] = await tx.select().from(networks).where(eq(networks.id, networkId)).for('update');
		if (!current) throw AppError.notFound();
		const [programme] = await tx
			.select({ id: programmes.id })
			.from(programmes)
			.where(eq(programmes.id, data.programmeId));
		if (!programme) throw AppError.invalid({ programmeId: m.validation_unknown_choice() });
		const [theme] = await tx.select({ id: themes.id }).from(themes).where(eq(themes.id, data.themeId));
		if (!theme) throw AppError.invalid({ themeId: m.validation_unknown_choice() });
		const slug = data.slug ?? current.slug;
		const [taken] = await tx
			.select({ id: networks.id })
			.from(networks)
			.where(and(eq(networks.slug, slug), ne(networks.id, networkId)));
		if (taken) throw AppError.invalid({ slug: m.admin_slug_taken() });
		const oldCountries = await tx
			.select({ code: networkCountries.countryCode })
			.from(networkCountries)
			.where(eq(networkCountries.networkId, networkId));
		const [updated] = await tx
			.update(networks)
			.set({
				slug,
				programmeId: data.programmeId,
				themeId: data.themeId,
				name: data.name,
				description: data.description,
				startYear: data.startYear,
				endYear: data.endYear
			})
			.where(eq(networks.id, networkId))
			.returning();
		const codes = [...new Set(data.countryCodes)].sort();
		await tx.delete(networkCountries).where(eq(networkCountries.networkId, networkId));
		if (codes.length)
			await tx.insert(networkCountries).values(codes.map((countryCode) => ({ networkId, countryCode })));
		await recordAudit(tx, actor, {
			action: 'network.updated',
			subjectType: 'network',
			subjectId: networkId,
			before: { ...current, countryCodes: oldCountries.map((c) => c.code).sort() },
			after: { ...updated, countryCodes: codes }
		});
		return updated!;
	});
}
