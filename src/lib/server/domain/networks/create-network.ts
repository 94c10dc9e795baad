import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { networkCountries, networks, programmes, themes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { uniqueSlug } from '../slugs';
import { networkInput, type NetworkInput } from './schemas';

/**
 * Creates a thematic network in a programme, with its countries. Staff only.
 * The end year may not come before the start year (also a database check). A slug given must be free
 * (a field error); without one it is made from the name.
 */
export async function createNetwork(actor: Actor, input: NetworkInput) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(networkInput, input);
	return db().transaction(async (tx) => {
		const [programme] = await tx
			.select({ id: programmes.id })
			.from(programmes)
			.where(eq(programmes.id, data.programmeId));
		if (!programme) throw AppError.invalid({ programmeId: m.validation_unknown_choice() });
		const [theme] = await tx.select({ id: themes.id }).from(themes).where(eq(themes.id, data.themeId));
		if (!theme) throw AppError.invalid({ themeId: m.validation_unknown_choice() });
		if (data.slug) {
			const [taken] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, data.slug));
			if (taken) throw AppError.invalid({ slug: m.admin_slug_taken() });
		}
		const slug =
			data.slug ?? (await uniqueSlug(tx, networks, networks.slug, data.name.sv ?? data.name.en ?? data.name.es ?? ''));
		const [created] = await tx
			.insert(networks)
			.values({
				slug,
				programmeId: data.programmeId,
				themeId: data.themeId,
				name: data.name,
				description: data.description,
				startYear: data.startYear,
				endYear: data.endYear
			})
			.returning();
		const codes = [...new Set(data.countryCodes)];
		if (codes.length)
			await tx.insert(networkCountries).values(codes.map((countryCode) => ({ networkId: created!.id, countryCode })));
		await recordAudit(tx, actor, {
			action: 'network.created',
			subjectType: 'network',
			subjectId: created!.id,
			after: { ...created, countryCodes: codes }
		});
		return created!;
	});
}
