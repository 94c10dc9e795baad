import { and, eq, ne } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { themes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { isUuid } from '$lib/server/validation';
import { themeInput, type ThemeInput } from './schemas';

/**
 * Changes a theme's slug, name and description. Staff only; anyone else, or an unknown theme, gets 404.
 * A blank slug keeps the current one; a new slug must be free (field error `slug`). Changing the slug
 * changes the theme's addresses. Records `theme.updated` with before and after.
 */
export async function updateTheme(actor: Actor, themeId: string, input: ThemeInput) {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(themeInput, input);
	if (!isUuid(themeId)) throw AppError.notFound();
	return db().transaction(async (tx) => {
		const [before] = await tx.select().from(themes).where(eq(themes.id, themeId)).for('update');
		if (!before) throw AppError.notFound();
		const slug = data.slug ?? before.slug;
		const [taken] = await tx
			.select({ id: themes.id })
			.from(themes)
			.where(and(eq(themes.slug, slug), ne(themes.id, themeId)));
		if (taken) throw AppError.invalid({ slug: m.admin_slug_taken() });
		const [after] = await tx
			.update(themes)
			.set({ slug, name: data.name, description: data.description })
			.where(eq(themes.id, themeId))
			.returning();
		await recordAudit(tx, actor, {
			action: 'theme.updated',
			subjectType: 'theme',
			subjectId: themeId,
			before,
			after
		});
		return after!;
	});
}
