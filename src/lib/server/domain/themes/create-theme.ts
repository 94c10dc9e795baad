import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { themes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { uniqueSlug } from '../slugs';
import { themeInput, type ThemeInput } from './schemas';

/**
 * Creates a theme. Staff only (others get 404). A given slug must be free (field error `slug`); without
 * one, a free slug is made from the name. Records `theme.created`.
 */
export async function createTheme(actor: Actor, input: ThemeInput) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(themeInput, input);
	return db().transaction(async (tx) => {
		if (data.slug) {
			const [taken] = await tx.select({ id: themes.id }).from(themes).where(eq(themes.slug, data.slug));
			if (taken) throw AppError.invalid({ slug: m.admin_slug_taken() });
		}
		const slug =
			data.slug ?? (await uniqueSlug(tx, themes, themes.slug, data.name.en ?? data.name.sv ?? data.name.es ?? ''));
		const [created] = await tx
			.insert(themes)
			.values({ slug, name: data.name, description: data.description })
			.returning();
		await recordAudit(tx, actor, {
			action: 'theme.created',
			subjectType: 'theme',
			subjectId: created!.id,
			after: created
		});
		return created!;
	});
}
