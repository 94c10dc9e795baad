import { eq, inArray } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { baseLocale, isLocale, type Locale } from '$lib/i18n/locales';
import { localize } from '$lib/i18n/translated';
import { formatDateTime } from '$lib/time';
import { config } from '$lib/server/config';
import { db } from '$lib/server/db/client';
import { calls, expressionsOfInterest, organisations, users } from '$lib/server/db/schema';
import { log } from '$lib/server/log';
import { sendMail } from '$lib/server/mail/send';
import { statusName } from './statuses';

/** Where the applicant follows an answer, in their language. */
export function applicationLink(expressionId: string, locale: Locale): string {
	return `${config().publicUrl}/${locale}/workspace/applications/${expressionId}`;
}

/**
 * Tells each applicant, in the language they answered in, the status their expression of interest now
 * has: a receipt when it was just submitted, a status mail otherwise. Call after the commit. A mail
 * that cannot be sent is logged and does not undo the change.
 */
export async function sendStatusMails(expressionIds: readonly string[], reason?: string): Promise<void> {
	if (expressionIds.length === 0) return;
	const rows = await db()
		.select({
			id: expressionsOfInterest.id,
			status: expressionsOfInterest.status,
			locale: expressionsOfInterest.locale,
			submittedAt: expressionsOfInterest.submittedAt,
			callTitle: calls.title,
			organisation: organisations.name,
			email: users.email,
			name: users.name
		})
		.from(expressionsOfInterest)
		.innerJoin(calls, eq(calls.id, expressionsOfInterest.callId))
		.innerJoin(users, eq(users.id, expressionsOfInterest.applicantUserId))
		.leftJoin(organisations, eq(organisations.id, expressionsOfInterest.organisationId))
		.where(inArray(expressionsOfInterest.id, [...expressionIds]));
	for (const row of rows) {
		const locale = isLocale(row.locale) ? row.locale : baseLocale;
		const call = localize(row.callTitle, locale).text;
		const common = {
			name: row.name,
			organisation: row.organisation ?? '',
			call,
			link: applicationLink(row.id, locale)
		};
		const mail =
			row.status === 'submitted'
				? {
						subject: m.expressions_mail_receipt_subject({ call }, { locale }),
						text: m.expressions_mail_receipt_text(
							{ ...common, date: formatDateTime(row.submittedAt ?? new Date(), locale) },
							{ locale }
						)
					}
				: {
						subject: m.expressions_mail_status_subject({ call, status: statusName(row.status, locale) }, { locale }),
						text: m.expressions_mail_status_text(
							{
								...common,
								status: statusName(row.status, locale),
								reason: reason ? m.expressions_mail_reason({ reason }, { locale }) : ''
							},
							{ locale }
						)
					};
		try {
			await sendMail({ to: row.email, ...mail });
		} catch (error) {
			log.error({ err: error, expressionId: row.id }, 'could not send the status mail');
		}
	}
}
