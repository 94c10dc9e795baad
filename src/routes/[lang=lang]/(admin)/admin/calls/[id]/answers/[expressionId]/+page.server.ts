import { error, fail } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { countryName } from '$lib/server/domain/countries/names';
import { addNote } from '$lib/server/domain/reviews/add-note';
import { moveStatuses } from '$lib/server/domain/reviews/move-statuses';
import { getAnswerForReview } from '$lib/server/domain/reviews/queries';
import type { NoteInput, ReviewInput, StatusMoveInput } from '$lib/server/domain/reviews/schemas';
import { scoreExpression } from '$lib/server/domain/reviews/score-expression';
import { failWith, formFields, formInput, orErrorPage } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** Staff: one answer with everything the applicant wrote, my scores, all reviews, notes and status. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = requireStaff(locals);
	const answer = await orErrorPage(getAnswerForReview(actor, params.expressionId));
	if (answer.call.id !== params.id) error(404, 'Not found');
	const text = (value: Parameters<typeof localize>[0]) => localize(value, locals.locale);
	const { expression } = answer;
	return {
		call: { id: answer.call.id, title: text(answer.call.title) },
		criteria: answer.call.criteria.map((c) => ({ id: c.id, label: text(c.label) })),
		expression: {
			id: expression.id,
			status: expression.status,
			submittedAt: expression.submittedAt,
			organisation: expression.organisation
				? {
						name: expression.organisation.name,
						slug: expression.organisation.slug,
						kind: expression.organisation.kind,
						country: countryName(expression.organisation.countryCode, locals.locale)
					}
				: null,
			applicant: expression.applicant,
			answers: expression.answers.map((a) => ({ id: a.question.id, label: text(a.question.label), answer: a.answer })),
			confirmations: expression.confirmations.map((c) => ({
				id: c.requirement.id,
				text: text(c.requirement.text),
				confirmed: c.confirmed
			})),
			partnerSearch: expression.partnerSearch
				? {
						challenge: text(expression.partnerSearch.challenge),
						theme: expression.partnerSearch.theme ? text(expression.partnerSearch.theme.name) : null,
						preferredCountries: expression.partnerSearch.preferredCountryCodes.map((c) =>
							countryName(c, locals.locale)
						),
						languages: expression.partnerSearch.languages
					}
				: null
		},
		reviews: answer.reviews,
		averages: answer.averages,
		myReview: answer.myReview?.scores ?? null,
		scorable: answer.scorable,
		allowedMoves: answer.allowedMoves,
		notes: answer.notes,
		timeline: answer.timeline
	};
};

export const actions: Actions = {
	score: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		try {
			await scoreExpression(actor, params.expressionId, formInput(data) as ReviewInput);
		} catch (e) {
			return failed('score', e, data);
		}
		return { saved: 'score' as const };
	},
	note: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		try {
			await addNote(actor, params.expressionId, formInput(data) as NoteInput);
		} catch (e) {
			return failed('note', e, data);
		}
		return { saved: 'note' as const };
	},
	move: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		const input = { expressionIds: [params.expressionId], ...formInput(data) } as StatusMoveInput;
		try {
			await moveStatuses(actor, params.id, input);
		} catch (e) {
			return failed('move', e, data);
		}
		return { saved: 'move' as const };
	}
};

/** A form's failure under its own name, so that each of the page's forms shows only its own problems. */
function failed(part: 'score' | 'note' | 'move', e: unknown, data: FormData) {
	const failure = failWith(e, formFields(data));
	return fail(failure.status, { [part]: failure.data } as Partial<
		Record<'score' | 'note' | 'move', typeof failure.data>
	>);
}
