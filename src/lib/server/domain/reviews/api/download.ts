import { m } from '$lib/paraglide/messages';
import { AppError } from '$lib/server/errors';
import { fileDownload, type TableFormat } from '$lib/server/table-export';
import type { Actor } from '../../accounts/actor';
import { answersCsv, answersXlsx } from '../export';

// The answers export as a download, for the staff pages and /api/v1 alike.

/** `csv` or `xlsx`, or AppError('invalid') naming `format` (in the API's words: the parameter's values). */
export function exportFormat(value: string | null): TableFormat {
	if (value === 'csv' || value === 'xlsx') return value;
	throw AppError.invalid({ format: m.review_error_format() });
}

/** The file of a call's answers, answered as an attachment that no cache keeps. */
export async function answersDownload(actor: Actor, callId: string, format: TableFormat): Promise<Response> {
	const file = format === 'csv' ? await answersCsv(actor, callId) : await answersXlsx(actor, callId);
	return fileDownload(format, file.fileName, file.body);
}
