import { m } from '$lib/paraglide/messages';
import { AppError } from '../errors';
import type { Actor } from '../domain/accounts/actor';
import { answersCsv, answersXlsx } from '../domain/reviews/export';

// The answers export as a download, for the staff pages and /api/v1 alike.

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const contentTypes: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** `csv` or `xlsx`, or AppError('invalid') naming `format`. */
export function exportFormat(value: string | null): ExportFormat {
	if (value === 'csv' || value === 'xlsx') return value;
	throw AppError.invalid({ format: m.review_error_format() });
}

/** The file of a call's answers, answered as an attachment that no cache keeps. */
export async function answersDownload(actor: Actor, callId: string, format: ExportFormat): Promise<Response> {
	const file = format === 'csv' ? await answersCsv(actor, callId) : await answersXlsx(actor, callId);
	const body = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : new Uint8Array(file.body);
	return new Response(body, {
		status: 200,
		headers: {
			'content-type': contentTypes[format],
			'content-length': String(body.byteLength),
			'content-disposition': `attachment; filename="${file.fileName}"`,
			'cache-control': 'no-store'
		}
	});
}
