import { redirect } from '@sveltejs/kit';
import { sdgTargetTexts } from '$lib/sdg-targets';
import { getPlan } from '$lib/server/domain/plan/queries';
import type { PlanInput } from '$lib/server/domain/plan/schemas';
import { updatePlan } from '$lib/server/domain/plan/update-plan';
import { failWith, formFields, formInput, orErrorPage } from '$lib/server/form-actions';
import type { Actions, PageServerLoad } from './$types';

const choices = ['principles', 'sdgGoals', 'sdgTargets'] as const;

/** The plan tab: the plan as written, and for editors the form (`?edit`), which works without JavaScript. */
export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
	const plan = await orErrorPage(getPlan(locals.actor, { slug: params.slug }));
	const { canEdit } = await parent();
	const editing = canEdit && url.searchParams.has('edit');
	// The form offers every target; the plan as written names only its own.
	const targetTexts = sdgTargetTexts(locals.locale, editing ? undefined : plan.sdgTargets);
	return { plan, targetTexts, editing, saved: url.searchParams.has('saved') };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const data = await request.formData();
		try {
			await updatePlan(locals.actor, { slug: params.slug }, formInput(data, { arrays: choices }) as PlanInput);
		} catch (error) {
			// Checkboxes come back as one comma-separated value each, to be ticked again.
			const values: Record<string, string> = formFields(data);
			for (const name of choices) values[name] = data.getAll(name).join(',');
			return failWith(error, values);
		}
		redirect(303, `/${locals.locale}/workspace/partnerships/${params.slug}/plan?saved`);
	}
};
