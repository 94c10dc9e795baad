import { redirect } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { answerFormOptions } from '$lib/server/domain/expressions/form';
import { getExpression } from '$lib/server/domain/expressions/queries';
import { updateExpression } from '$lib/server/domain/expressions/save-draft';
import { submitExpressionById } from '$lib/server/domain/expressions/submit-expression';
import { withdrawExpression } from '$lib/server/domain/expressions/withdraw-expression';
import { countryName } from '$lib/server/domain/countries/names';
import { areaNames } from '$lib/server/domain/matchmaking/areas';
import { failWith, formFields, orErrorPage } from '$lib/server/form-actions';
import { answerValues, readAnswerForm } from '$lib/server/forms/answer';
import type { Actions, PageServerLoad } from './$types';

/** One of my applications: answers, status and timeline; a draft is edited and submitted here. */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const e = await orErrorPage(getExpression(locals.actor, params.id));
	const locale = locals.locale;
	return {
		expression: {
			id: e.id,
			status: e.status,
			submittedAt: e.submittedAt?.toISOString() ?? null,
			answers: e.answers,
			confirmations: e.confirmations,
			challenge: e.challenge,
			challengeAreas: e.challengeAreas,
			chosenAreas: areaNames(e.challengeAreas, locale),
			// What the applicant can add to: the areas read in the saved text (none before there is one).
			recognisedAreas: Object.values(e.challenge).some((text) => text?.trim())
				? areaNames(e.recognisedAreas, locale)
				: null,
			themeId: e.themeId,
			theme: e.theme ? localize(e.theme.name, locale) : null,
			preferredCountryCodes: e.preferredCountryCodes,
			preferredCountries: e.preferredCountryCodes.map((c) => countryName(c, locale)),
			languages: e.languages,
			organisation: e.organisation,
			timeline: e.timeline.map((t) => ({ ...t, changedAt: t.changedAt.toISOString() })),
			mayEdit: e.mayEdit,
			mayWithdraw: e.mayWithdraw
		},
		call: {
			slug: e.call.slug,
			kind: e.call.kind,
			title: localize(e.call.title, locale),
			state: e.call.state,
			closesAt: e.call.closesAt.toISOString(),
			questions: e.call.questions,
			requirements: e.call.requirements
		},
		options: e.mayEdit ? await answerFormOptions(e.call.programmeId, locale) : null,
		notice: url.searchParams.has('submitted') ? 'submitted' : url.searchParams.has('saved') ? 'saved' : null
	};
};

export const actions: Actions = {
	save: async ({ params, request, locals }) => {
		const { input, submit } = readAnswerForm(await request.formData());
		delete input.organisationId;
		try {
			if (submit) await submitExpressionById(locals.actor, params.id, input);
			else await updateExpression(locals.actor, params.id, input);
		} catch (error) {
			return failWith(error, answerValues(input));
		}
		redirect(303, `/${locals.locale}/workspace/applications/${params.id}?${submit ? 'submitted' : 'saved'}=1`);
	},
	withdraw: async ({ params, request, locals }) => {
		const { reason = '' } = formFields(await request.formData());
		try {
			await withdrawExpression(locals.actor, params.id, { reason });
		} catch (error) {
			return failWith(error, { reason });
		}
		return { withdrawn: true };
	}
};
