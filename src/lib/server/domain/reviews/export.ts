import { eq, inArray } from 'drizzle-orm';
import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/node';
import { kindLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localize } from '$lib/i18n/translated';
import { dayOf, instantToZonedLocal, programmeTimeZone, timeZoneName } from '$lib/time';
import { db } from '$lib/server/db/client';
import { expressionsOfInterest, users } from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { countryName } from '../countries/names';
import { statusName } from '../expressions/statuses';
import { listAnswers } from './queries';

// The answers of a call as a table for staff to take elsewhere: one row per answer that is not a
// draft, in the reader's language, ranked like the review list. Numbers are plain (3.5) so that a
// spreadsheet or a script reads them as numbers.

export type ExportCell = string | number | null;
export type AnswersTable = { fileStem: string; header: string[]; rows: ExportCell[][] };

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
	const rows = answers.map((answer): ExportCell[] => {
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

/**
 * A text a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before one)
 * gets a leading apostrophe: the cell then shows the text instead of computing it.
 */
export function guardFormula(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The export as CSV: UTF-8 with a byte order mark (so Excel reads å, ä, ö), comma separated, CRLF. */
export async function answersCsv(actor: Actor, callId: string, now = new Date()) {
	const table = await answersTable(actor, callId, now);
	const cell = (value: ExportCell) => (typeof value === 'string' ? guardFormula(value) : value === null ? '' : value);
	const csv = Papa.unparse(
		{ fields: table.header.map(guardFormula), data: table.rows.map((row) => row.map(cell)) },
		{ newline: '\r\n' }
	);
	return { fileName: `${table.fileStem}.csv`, body: `\uFEFF${csv}` };
}

/**
 * The export as an Excel workbook: a bold header row and column widths that fit the content (within
 * 10–60 characters). Texts are written as text cells, never as formulas.
 */
export async function answersXlsx(actor: Actor, callId: string, now = new Date()) {
	const table = await answersTable(actor, callId, now);
	const data = [
		table.header.map((value) => ({ value, fontWeight: 'bold' as const })),
		...table.rows.map((row) =>
			row.map((value) =>
				value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String }
			)
		)
	];
	const columns = table.header.map((title, i) => {
		const longest = Math.max(title.length, ...table.rows.map((row) => String(row[i] ?? '').length));
		return { width: Math.min(60, Math.max(10, longest + 2)) };
	});
	const body = await writeExcelFile(data, { columns, sheet: m.review_answers_breadcrumb() }).toBuffer();
	return { fileName: `${table.fileStem}.xlsx`, body };
}
