import { eq, inArray } from 'drizzle-orm';
import { kindLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localize } from '$lib/i18n/translated';
import { dayOf, instantToZonedLocal, programmeTimeZone, timeZoneName } from '$lib/time';
import { db } from '$lib/server/db/client';
import { tableCsv, tableXlsx, type TableCell } from '$lib/server/table-export';
import { expressionsOfInterest, users } from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { countryName } from '../countries/names';
import { statusName } from '../expressions/statuses';
import { listAnswers } from './queries';

// The answers of a call as a table for staff to take elsewhere: one row per answer that is not a
// draft, in the reader's language, ranked like the review list. Numbers are plain (3.5) so that a
// spreadsheet or a script reads them as numbers.

export type AnswersTable = { fileStem: string; header: string[]; rows: TableCell[][] };

/** "2027-02-15 23:59" on the programme's clock: a spreadsheet reads it as a time; the header names the zone. */
const sheetTime = (at: Date) => instantToZonedLocal(at).replace('T', ' ');

/**
 * The export of a call's answers (staff only, others 404): organisation, country, kind, status,
 * submitted at (on the programme's clock, the zone named in the header), applicant's name and e-mail,
 * each question's answer, each requirement confirmed (yes/no), the challenge, each criterion's average,
 * the overall average and the number of reviews. Headers and labels are in the request's language, a
 * missing text falls back to another.
 */
export async function answersTable(actor: Actor, callId: string, now = new Date()): Promise<AnswersTable> {
	const locale = getLocale();
	const { call, answers } = await listAnswers(actor, callId);
	const ids = answers.map((a) => a.id);
	const details = ids.length
		? await db()
				.select({
					id: expressionsOfInterest.id,
					answers: expressionsOfInterest.answers,
					confirmations: expressionsOfInterest.confirmations,
					challenge: expressionsOfInterest.challenge,
					applicantName: users.name,
					applicantEmail: users.email
				})
				.from(expressionsOfInterest)
				.leftJoin(users, eq(users.id, expressionsOfInterest.applicantUserId))
				.where(inArray(expressionsOfInterest.id, ids))
		: [];
	const byId = new Map(details.map((d) => [d.id, d]));
	const text = (value: Parameters<typeof localize>[0]) => localize(value, locale).text;
	const header = [
		m.review_column_organisation(),
		m.review_column_country(),
		m.review_export_kind(),
		m.review_column_status(),
		m.review_export_submitted({ zone: timeZoneName(programmeTimeZone(), locale) }),
		m.review_export_applicant_name(),
		m.review_export_applicant_email(),
		...call.questions.map((q) => text(q.label) || q.id),
		...call.requirements.map((r) => m.review_export_confirmed({ requirement: text(r.text) || r.id })),
		m.review_challenge(),
		...call.criteria.map((c) => m.review_export_average({ criterion: text(c.label) || c.id })),
		m.review_overall(),
		m.review_export_reviews()
	];
	const rows = answers.map((answer): TableCell[] => {
		const detail = byId.get(answer.id);
		return [
			answer.organisation?.name ?? '',
			answer.organisation ? countryName(answer.organisation.countryCode, locale) : '',
			answer.organisation ? kindLabel(answer.organisation.kind) : '',
			statusName(answer.status),
			answer.submittedAt ? sheetTime(new Date(answer.submittedAt)) : '',
			detail?.applicantName ?? '',
			detail?.applicantEmail ?? '',
			...call.questions.map((q) => detail?.answers[q.id] ?? ''),
			...call.requirements.map((r) =>
				detail?.confirmations.includes(r.id) ? m.review_export_yes() : m.review_export_no()
			),
			text(detail?.challenge),
			...call.criteria.map((c) => answer.averages.byCriterion[c.id] ?? null),
			answer.averages.overall,
			answer.reviewCount
		];
	});
	return { fileStem: `${call.slug}-answers-${dayOf(now)}`, header, rows };
}

/** The export as CSV (table-export.ts: UTF-8 with a byte order mark, formulas guarded). */
export async function answersCsv(actor: Actor, callId: string, now = new Date()) {
	const table = await answersTable(actor, callId, now);
	return { fileName: `${table.fileStem}.csv`, body: tableCsv(table) };
}

/** The export as an Excel workbook (table-export.ts: a bold header row, widths that fit, no formulas). */
export async function answersXlsx(actor: Actor, callId: string, now = new Date()) {
	const table = await answersTable(actor, callId, now);
	return { fileName: `${table.fileStem}.xlsx`, body: await tableXlsx(table, m.review_answers_breadcrumb()) };
}
