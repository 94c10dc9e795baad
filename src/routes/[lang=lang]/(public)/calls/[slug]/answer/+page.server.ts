import { redirect } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { organisationKinds } from '$lib/server/domain/organisations/schemas';
import { callState, openCallProblem } from '$lib/server/domain/calls/state';
import { getCallForAnswering } from '$lib/server/domain/calls/queries';
import { countryOptions } from '$lib/server/domain/programmes/country-options';
import { answerFormOptions } from '$lib/server/domain/expressions/form';
import { findSameOrganisation, getExpression, organisationsForAnswering } from '$lib/server/domain/expressions/queries';
import { registerAndAnswer } from '$lib/server/domain/expressions/register-and-answer';
import { saveDraft } from '$lib/server/domain/expressions/save-draft';
import { submitExpression } from '$lib/server/domain/expressions/submit-expression';
import { failWith, orErrorPage } from '$lib/server/form-actions';
import { answerValues, readAnswerForm } from '$lib/server/forms/answer';
import { kindLabel } from '$lib/labels';
import type { Actions, PageServerLoad } from './$types';

/** The answer form of a published call: for a coordinator, or for a visitor who registers on the way. */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const call = await orErrorPage(getCallForAnswering(params.slug));
	const locale = locals.locale;
	const base = {
		call: {
			id: call.id,
			slug: call.slug,
			kind: call.kind,
			title: localize(call.title, locale),
			questions: call.questions,
			requirements: call.requirements,
			opensAt: call.opensAt.toISOString(),
			closesAt: call.closesAt.toISOString(),
			state: callState(call)
		},
		closedProblem: openCallProblem(call),
		signedIn: !!locals.user
	};
	if (base.closedProblem)
		return { ...base, organisations: [], chosen: null, draft: null, options: null, visitor: null };

	const options = await answerFormOptions(call.programmeId, locale);
	if (!locals.user)
		return {
			...base,
			organisations: [],
			chosen: null,
			draft: null,
			options,
			visitor: {
				countries: countryOptions(locale),
				kinds: organisationKinds.filter((k) => k !== 'programme_owner').map((k) => ({ value: k, label: kindLabel(k) }))
			}
		};

	const mine = (await organisationsForAnswering(locals.actor, call)).filter((o) => o.role === 'coordinator');
	const eligible = mine.filter((o) => !o.problem);
	const chosen =
		eligible.find((o) => o.id === url.searchParams.get('organisation')) ?? (eligible.length === 1 ? eligible[0] : null);
	// An answer already given goes to its own page; a draft is filled in here.
	if (chosen?.expressionId && chosen.status !== 'draft')
		redirect(303, `/${locale}/workspace/applications/${chosen.expressionId}`);
	const draft = chosen?.expressionId ? await getExpression(locals.actor, chosen.expressionId) : null;
	return {
		...base,
		organisations: mine.map((o) => ({ id: o.id, name: o.name, problem: o.problem, status: o.status })),
		chosen: chosen ? { id: chosen.id, name: chosen.name } : null,
		draft: draft
			? {
					answers: draft.answers,
					confirmations: draft.confirmations,
					challenge: draft.challenge,
					challengeAreas: draft.challengeAreas,
					themeId: draft.themeId,
					preferredCountryCodes: draft.preferredCountryCodes,
					languages: draft.languages
				}
			: null,
		options,
		visitor: null
	};
};

export const actions: Actions = {
	default: async ({ params, request, locals, getClientAddress }) => {
		const { input, submit } = readAnswerForm(await request.formData());
		if (!locals.user) {
			try {
				const registered = await registerAndAnswer(params.slug, { ...input, submit, locale: locals.locale } as never, {
					address: getClientAddress()
				});
				return { registered: { email: registered.email, mailed: registered.mailed, submit } };
			} catch (error) {
				const organisation = (input.organisation ?? {}) as { name?: string; countryCode?: string };
				const same =
					organisation.name && organisation.countryCode
						? await findSameOrganisation(organisation.name, organisation.countryCode)
						: null;
				return failWith(error, answerValues(input), { duplicate: same ? { id: same.id, name: same.name } : null });
			}
		}
		let saved;
		try {
			const call = await getCallForAnswering(params.slug);
			saved = submit
				? await submitExpression(locals.actor, call.id, input)
				: await saveDraft(locals.actor, call.id, input);
		} catch (error) {
			return failWith(error, answerValues(input));
		}
		redirect(303, `/${locals.locale}/workspace/applications/${saved.id}?${submit ? 'submitted' : 'saved'}=1`);
	}
};
