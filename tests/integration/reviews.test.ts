import { eq, inArray } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { localize } from '$lib/i18n/translated';
import { db } from '$lib/server/db/client';
import { auditEvents, expressionStatusChanges, expressionsOfInterest } from '$lib/server/db/schema';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { statusName } from '$lib/server/domain/expressions/statuses';
import { addNote } from '$lib/server/domain/reviews/add-note';
import { answersCsv, answersXlsx } from '$lib/server/domain/reviews/export';
import { guardFormula } from '$lib/server/table-export';
import { moveStatuses } from '$lib/server/domain/reviews/move-statuses';
import { getAnswerForReview, listAnswers, listNotes, listReviews } from '$lib/server/domain/reviews/queries';
import { scoreExpression } from '$lib/server/domain/reviews/score-expression';
import { AppError } from '$lib/server/errors';
import { GET as listAnswersApi } from '../../src/routes/api/v1/calls/[id]/answers/+server';
import { GET as exportApi } from '../../src/routes/api/v1/calls/[id]/answers/export/+server';
import { POST as moveApi } from '../../src/routes/api/v1/calls/[id]/answers/status/+server';
import { GET as notesApi, POST as addNoteApi } from '../../src/routes/api/v1/expressions/[id]/notes/+server';
import { PUT as reviewApi } from '../../src/routes/api/v1/expressions/[id]/review/+server';
import { GET as reviewsApi } from '../../src/routes/api/v1/expressions/[id]/reviews/+server';
import { makeCall, makeExpression } from '../factories/calls';
import { makeOrganisation, makeUser } from '../factories';
import { api } from '../setup/api';
import { useTestDatabase } from '../setup/database';
import { newestMailTo } from '../e2e/support/outbox';

const test = useTestDatabase();

let anna: { id: string; actor: Actor };
let bo: { id: string; actor: Actor };

beforeAll(async () => {
	process.env.E2E_DATA_DIR = test.dataDir;
	anna = await makeUser({ staff: true });
	bo = await makeUser({ staff: true });
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

const scores = (anchoring: unknown, capacity: unknown, comment = '') => ({
	scores: { anchoring: { score: anchoring, comment }, capacity: { score: capacity } }
});

describe('scoring an answer', () => {
	it('keeps one review per staff member and averages them per criterion and overall', async () => {
		const call = await makeCall();
		const { expression } = await makeExpression(call.id);
		const { expression: unscored } = await makeExpression(call.id);
		await scoreExpression(anna.actor, expression.id, scores(5, 2, 'Stark politisk förankring'));
		await scoreExpression(anna.actor, expression.id, scores(4, 2, 'Ändrat'));
		await scoreExpression(bo.actor, expression.id, scores('3', 3));

		const { reviews, averages } = await listReviews(anna.actor, expression.id);
		expect(reviews).toHaveLength(2);
		expect(reviews.find((r) => r.reviewer.id === anna.id)?.scores.anchoring).toEqual({ score: 4, comment: 'Ändrat' });
		expect(averages).toEqual({ byCriterion: { anchoring: 3.5, capacity: 2.5 }, overall: 3, count: 2 });

		const list = await listAnswers(anna.actor, call.id);
		expect(list.answers.map((a) => a.id)).toEqual([expression.id, unscored.id]);
		expect(list.answers[0]).toMatchObject({ reviewCount: 2, reviewedByMe: true, averages: { overall: 3 } });
		expect(list.answers[1]).toMatchObject({ reviewCount: 0, reviewedByMe: false, averages: { overall: null } });

		const audit = await db().select().from(auditEvents).where(eq(auditEvents.action, 'expression_review.saved'));
		expect(audit.length).toBeGreaterThanOrEqual(3);
	});

	it('wants a whole score 1–5 for every criterion and refuses unknown ones, by field', async () => {
		const call = await makeCall();
		const { expression } = await makeExpression(call.id);
		const missing = await failure(scoreExpression(anna.actor, expression.id, { scores: { anchoring: { score: 4 } } }));
		expect(missing.fieldErrors).toEqual({ 'scores.capacity.score': m.review_error_score_required() });

		const bad = await failure(
			scoreExpression(anna.actor, expression.id, {
				scores: { anchoring: { score: 6 }, capacity: { score: 2.5 }, invented: { score: 3 } }
			})
		);
		expect(bad.fieldErrors).toEqual({
			'scores.anchoring.score': m.review_error_score_range(),
			'scores.capacity.score': m.review_error_score_range(),
			'scores.invented': m.review_error_unknown_criterion()
		});
		expect((await failure(scoreExpression(anna.actor, expression.id, scores(0, 3)))).fieldErrors).toHaveProperty(
			'scores.anchoring.score'
		);
		expect((await listReviews(anna.actor, expression.id)).reviews).toHaveLength(0);
	});

	it('refuses withdrawn answers and does not show drafts at all', async () => {
		const call = await makeCall();
		const { expression: withdrawn } = await makeExpression(call.id, { status: 'withdrawn' });
		const { expression: draft } = await makeExpression(call.id, { status: 'draft' });
		expect((await failure(scoreExpression(anna.actor, withdrawn.id, scores(3, 3)))).fieldErrors).toHaveProperty(
			'status'
		);
		expect((await failure(scoreExpression(anna.actor, draft.id, scores(3, 3)))).code).toBe('not_found');
		expect((await failure(getAnswerForReview(anna.actor, draft.id))).code).toBe('not_found');
		expect((await listAnswers(anna.actor, call.id)).answers.map((a) => a.id)).toEqual([withdrawn.id]);
	});
});

describe('notes and the answer page', () => {
	it('lists notes newest first with their author, and shows everything the applicant wrote', async () => {
		const call = await makeCall();
		const { expression, applicant } = await makeExpression(call.id, { answers: { motivation: 'Vi vill lära.' } });
		await addNote(anna.actor, expression.id, { body: 'Ring kommunen.' });
		await new Promise((resolve) => setTimeout(resolve, 5));
		await addNote(bo.actor, expression.id, { body: 'Har ringt.' });
		expect((await failure(addNote(anna.actor, expression.id, { body: '   ' }))).fieldErrors).toEqual({
			body: m.review_error_note_required()
		});
		expect((await failure(addNote(anna.actor, expression.id, { body: 'x'.repeat(5001) }))).fieldErrors).toHaveProperty(
			'body'
		);

		const notes = await listNotes(anna.actor, expression.id);
		expect(notes.map((n) => [n.body, n.author?.id])).toEqual([
			['Har ringt.', bo.id],
			['Ring kommunen.', anna.id]
		]);
		await scoreExpression(bo.actor, expression.id, scores(4, 4, 'Bra'));
		const page = await getAnswerForReview(anna.actor, expression.id);
		expect(page.expression.answers).toEqual([{ question: call.questions[0], answer: 'Vi vill lära.' }]);
		expect(page.expression.confirmations).toEqual([{ requirement: call.requirements[0], confirmed: true }]);
		expect(page.expression.applicant?.email).toBe(applicant.email);
		expect(page.expression.partnerSearch?.challenge).toEqual(expression.challenge);
		expect(page.reviews[0]?.scores.anchoring?.comment).toBe('Bra');
		expect(page.myReview).toBeNull();
		expect(page.allowedMoves).toEqual(['under_review', 'shortlisted', 'declined']);
		expect(page.notes).toHaveLength(2);
	});
});

describe('who may see reviews', () => {
	it('answers not found to the applicant, a coordinator and anyone not staff, through use cases and the API', async () => {
		const call = await makeCall();
		const { expression, applicant } = await makeExpression(call.id);
		await scoreExpression(anna.actor, expression.id, scores(4, 4));
		await addNote(anna.actor, expression.id, { body: 'Intern' });
		const coordinator = await makeUser({ organisationId: (await makeOrganisation()).id, role: 'coordinator' });
		for (const actor of [applicant.actor, coordinator.actor]) {
			for (const read of [
				() => listReviews(actor, expression.id),
				() => listNotes(actor, expression.id),
				() => getAnswerForReview(actor, expression.id),
				() => listAnswers(actor, call.id),
				() => answersCsv(actor, call.id),
				() => scoreExpression(actor, expression.id, scores(1, 1)),
				() => addNote(actor, expression.id, { body: 'x' }),
				() => moveStatuses(actor, call.id, { expressionIds: [expression.id], to: 'declined' })
			])
				expect((await failure(read())).code).toBe('not_found');
			const params = { id: expression.id };
			expect(
				(await api(reviewsApi, 'GET', `/api/v1/expressions/${expression.id}/reviews`, { actor, params })).status
			).toBe(404);
			expect((await api(notesApi, 'GET', `/api/v1/expressions/${expression.id}/notes`, { actor, params })).status).toBe(
				404
			);
			expect(
				(
					await api(reviewApi, 'PUT', `/api/v1/expressions/${expression.id}/review`, {
						actor,
						params,
						body: scores(1, 1)
					})
				).status
			).toBe(404);
			expect(
				(await api(listAnswersApi, 'GET', `/api/v1/calls/${call.id}/answers`, { actor, params: { id: call.id } }))
					.status
			).toBe(404);
			expect(
				(
					await api(exportApi, 'GET', `/api/v1/calls/${call.id}/answers/export?format=csv`, {
						actor,
						params: { id: call.id }
					})
				).status
			).toBe(404);
		}
		const signedOut = await api(reviewsApi, 'GET', `/api/v1/expressions/${expression.id}/reviews`, {
			params: { id: expression.id }
		});
		expect(signedOut.status).toBe(401);
		expect((await listReviews(anna.actor, expression.id)).reviews).toHaveLength(1);
	});
});

describe('moving answers', () => {
	it('moves all or none: one answer that may not move stops them all, naming its organisation', async () => {
		const call = await makeCall();
		const { expression: a } = await makeExpression(call.id);
		const { expression: b } = await makeExpression(call.id, { status: 'under_review' });
		const stuck = await makeOrganisation({ name: 'Åmåls kommun' });
		const { expression: c } = await makeExpression(call.id, { status: 'withdrawn', organisationId: stuck.id });
		const error = await failure(
			moveStatuses(anna.actor, call.id, { expressionIds: [a.id, b.id, c.id], to: 'shortlisted', reason: 'Starka' })
		);
		expect(error.fieldErrors.to).toBe(
			m.review_error_cannot_move({
				organisation: 'Åmåls kommun',
				from: statusName('withdrawn'),
				to: statusName('shortlisted')
			})
		);
		const rows = await db()
			.select({ id: expressionsOfInterest.id, status: expressionsOfInterest.status })
			.from(expressionsOfInterest)
			.where(inArray(expressionsOfInterest.id, [a.id, b.id, c.id]));
		expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
			[a.id]: 'submitted',
			[b.id]: 'under_review',
			[c.id]: 'withdrawn'
		});
		const changes = await db()
			.select()
			.from(expressionStatusChanges)
			.where(inArray(expressionStatusChanges.expressionId, [a.id, b.id, c.id]));
		expect(changes).toHaveLength(0);
	});

	it('refuses answers of another call and moves to the same status', async () => {
		const call = await makeCall();
		const other = await makeCall();
		const { expression: mine } = await makeExpression(call.id);
		const { expression: theirs } = await makeExpression(other.id);
		const error = await failure(
			moveStatuses(anna.actor, call.id, { expressionIds: [mine.id, theirs.id], to: 'under_review' })
		);
		expect(error.fieldErrors).toEqual({ expressionIds: m.review_error_not_in_call() });
		const { expression: already } = await makeExpression(call.id, { status: 'under_review' });
		expect(
			(await failure(moveStatuses(anna.actor, call.id, { expressionIds: [already.id], to: 'under_review' })))
				.fieldErrors
		).toHaveProperty('to');
		expect(
			(await failure(moveStatuses(anna.actor, call.id, { expressionIds: [], to: 'under_review' }))).fieldErrors
		).toHaveProperty('expressionIds');
		expect(
			(await failure(moveStatuses(anna.actor, call.id, { expressionIds: [mine.id], to: 'matched' }))).fieldErrors
		).toHaveProperty('to');
	});

	it('moves every chosen answer, records the timeline and mails each applicant in their language', async () => {
		const call = await makeCall();
		const { expression: spanish, applicant: carmen } = await makeExpression(call.id, { locale: 'es' });
		const { expression: english, applicant: emma } = await makeExpression(call.id, {
			locale: 'en',
			status: 'under_review'
		});
		const since = Date.now();
		const result = await api(moveApi, 'POST', `/api/v1/calls/${call.id}/answers/status`, {
			actor: anna.actor,
			params: { id: call.id },
			body: { expressionIds: [spanish.id, english.id], to: 'shortlisted', reason: 'Tydlig utmaning' }
		});
		expect(result.status).toBe(200);
		expect((result.body.data as { moved: string[] }).moved.sort()).toEqual([spanish.id, english.id].sort());

		const page = await getAnswerForReview(anna.actor, english.id);
		expect(page.expression.status).toBe('shortlisted');
		expect(page.timeline.at(-1)).toMatchObject({ from: 'under_review', to: 'shortlisted', reason: 'Tydlig utmaning' });

		for (const [person, locale] of [
			[carmen, 'es'],
			[emma, 'en']
		] as const) {
			const mail = await newestMailTo(person.email, { since });
			const title = localize(call.title, locale).text;
			expect(mail.subject).toBe(
				m.expressions_mail_status_subject({ call: title, status: statusName('shortlisted', locale) }, { locale })
			);
			expect(mail.text).toContain('Tydlig utmaning');
		}
	});
});

describe('exporting answers', () => {
	it('writes a CSV that parses back with the call’s columns, guarding formula cells', async () => {
		const call = await makeCall({ slug: 'grannar-soker-partner' });
		const evil = await makeOrganisation({ name: '=HYPERLINK("http://example.org","klicka")' });
		const { expression, applicant } = await makeExpression(call.id, {
			organisationId: evil.id,
			answers: { motivation: '+46 70 123 45 67' },
			confirmations: [],
			// 23:30 UTC on 15 February is 00:30 on the 16th in Stockholm, the programme's zone.
			submittedAt: new Date('2027-02-15T23:30:00Z')
		});
		const plain = await makeOrganisation({ name: 'Ovanåkers kommun' });
		await makeExpression(call.id, { organisationId: plain.id });
		await makeExpression(call.id, { status: 'draft' });
		await scoreExpression(anna.actor, expression.id, scores(5, 4));

		const file = await answersCsv(anna.actor, call.id, new Date('2026-11-23T12:00:00Z'));
		expect(file.fileName).toBe('grannar-soker-partner-answers-2026-11-23.csv');
		expect(file.body.charCodeAt(0)).toBe(0xfeff);
		const parsed = Papa.parse<string[]>(file.body.slice(1), { skipEmptyLines: true });
		const [header, ...rows] = parsed.data;
		expect(header).toEqual([
			m.review_column_organisation(),
			m.review_column_country(),
			m.review_export_kind(),
			m.review_column_status(),
			m.review_export_submitted({ zone: 'centraleuropeisk tid' }),
			m.review_export_applicant_name(),
			m.review_export_applicant_email(),
			'Varför vill ni delta?',
			m.review_export_confirmed({ requirement: 'Kan delta i två workshoppar' }),
			m.review_challenge(),
			m.review_export_average({ criterion: 'Politisk förankring' }),
			m.review_export_average({ criterion: 'Kapacitet' }),
			m.review_overall(),
			m.review_export_reviews()
		]);
		expect(rows).toHaveLength(2);
		const [first, second] = rows as [string[], string[]];
		expect(first[0]).toBe(`'=HYPERLINK("http://example.org","klicka")`);
		expect(first[4]).toBe('2027-02-16 00:30');
		expect(first[6]).toBe(applicant.email);
		expect(first[7]).toBe(`'+46 70 123 45 67`);
		expect(first[8]).toBe(m.review_export_no());
		expect(first.slice(10)).toEqual(['5', '4', '4.5', '1']);
		expect(second[0]).toBe('Ovanåkers kommun');
		expect(second[8]).toBe(m.review_export_yes());
		expect(second.slice(10)).toEqual(['', '', '', '0']);
		expect(guardFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
		expect(guardFormula('-1')).toBe(`'-1`);
		expect(guardFormula('Lund')).toBe('Lund');
	});

	it('writes an XLSX workbook with the organisations, also through the API', async () => {
		const call = await makeCall();
		const organisation = await makeOrganisation({ name: 'Falu kommun' });
		await makeExpression(call.id, { organisationId: organisation.id });
		const file = await answersXlsx(anna.actor, call.id);
		expect(file.fileName).toMatch(new RegExp(`^${call.slug}-answers-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
		const bytes = new Uint8Array(file.body);
		expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
		const entries = unzipSync(bytes);
		const xml = Object.entries(entries)
			.filter(([name]) => name.startsWith('xl/'))
			.map(([, content]) => strFromU8(content))
			.join('\n');
		expect(xml).toContain('Falu kommun');
		expect(xml).toContain('Politisk förankring');

		const response = await exportApi({
			url: new URL(`http://localhost/api/v1/calls/${call.id}/answers/export?format=xlsx`),
			params: { id: call.id },
			request: new Request('http://localhost'),
			locals: { requestId: 'test', actor: anna.actor }
		} as never);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-disposition')).toContain('.xlsx');
		expect(strFromU8(new Uint8Array(await response.arrayBuffer()).subarray(0, 2))).toBe('PK');
		const wrong = await api(exportApi, 'GET', `/api/v1/calls/${call.id}/answers/export?format=pdf`, {
			actor: anna.actor,
			params: { id: call.id }
		});
		expect(wrong.status).toBe(400);
	});
});

describe('the review API', () => {
	it('lists answers with a status filter, saves my review, and adds notes', async () => {
		const call = await makeCall();
		const { expression } = await makeExpression(call.id);
		await makeExpression(call.id, { status: 'declined' });
		const params = { id: call.id };
		const all = await api(listAnswersApi, 'GET', `/api/v1/calls/${call.id}/answers`, { actor: anna.actor, params });
		expect((all.body.data as { answers: unknown[] }).answers).toHaveLength(2);
		const declined = await api(listAnswersApi, 'GET', `/api/v1/calls/${call.id}/answers?status=declined`, {
			actor: anna.actor,
			params
		});
		expect((declined.body.data as { answers: { status: string }[] }).answers.map((a) => a.status)).toEqual([
			'declined'
		]);
		const bad = await api(listAnswersApi, 'GET', `/api/v1/calls/${call.id}/answers?status=lost`, {
			actor: anna.actor,
			params
		});
		expect(bad.status).toBe(400);

		const at = { id: expression.id };
		const invalid = await api(reviewApi, 'PUT', `/api/v1/expressions/${expression.id}/review`, {
			actor: anna.actor,
			params: at,
			body: { scores: { anchoring: { score: 9 } } }
		});
		expect(invalid.status).toBe(400);
		expect(invalid.body.error).toMatchObject({
			fields: { 'scores.anchoring.score': expect.any(String), 'scores.capacity.score': expect.any(String) }
		});
		const saved = await api(reviewApi, 'PUT', `/api/v1/expressions/${expression.id}/review`, {
			actor: anna.actor,
			params: at,
			body: scores(2, 3)
		});
		expect(saved.status).toBe(200);
		const reviews = await api(reviewsApi, 'GET', `/api/v1/expressions/${expression.id}/reviews`, {
			actor: bo.actor,
			params: at
		});
		expect((reviews.body.data as { averages: { overall: number } }).averages.overall).toBe(2.5);

		const added = await api(addNoteApi, 'POST', `/api/v1/expressions/${expression.id}/notes`, {
			actor: bo.actor,
			params: at,
			body: { body: 'Följ upp i januari' }
		});
		expect(added.status).toBe(201);
		const notes = await api(notesApi, 'GET', `/api/v1/expressions/${expression.id}/notes`, {
			actor: anna.actor,
			params: at
		});
		expect((notes.body.data as { body: string }[]).map((n) => n.body)).toEqual(['Följ upp i januari']);
	});
});
