import { m } from '$lib/paraglide/messages';
import { baseLocale, isLocale } from '$lib/i18n/locales';
import { localize, type TranslatedText } from '$lib/i18n/translated';
import { config } from '$lib/server/config';
import { sendMail } from '$lib/server/mail/send';
import { INVITATION_DAYS } from '../invitations/tokens';

/** The link that proves a visitor reads the address they gave, in their language. */
export function verificationLink(token: string, locale: string): string {
	const lang = isLocale(locale) ? locale : baseLocale;
	return `${config().publicUrl}/${lang}/verify-email/${encodeURIComponent(token)}`;
}

/** Mails a visitor the link that creates their account and files their answer, in their language. */
export async function sendVerificationMail(mail: {
	email: string;
	name: string;
	token: string;
	locale: string;
	callTitle: TranslatedText;
}): Promise<void> {
	const locale = isLocale(mail.locale) ? mail.locale : baseLocale;
	const call = localize(mail.callTitle, locale).text;
	await sendMail({
		to: mail.email,
		subject: m.expressions_verify_mail_subject({ call }, { locale }),
		text: m.expressions_verify_mail_text(
			{ name: mail.name, call, link: verificationLink(mail.token, locale), days: INVITATION_DAYS },
			{ locale }
		)
	});
}

/**
 * What an address that already has an account gets instead of a verification link: the answer form
 * would otherwise tell anyone which addresses have accounts. The owner is led to sign in and answer,
 * or to choose a new password.
 */
export async function sendAccountExistsMail(mail: {
	email: string;
	name: string;
	locale: string;
	callSlug: string;
	callTitle: TranslatedText;
}): Promise<void> {
	const locale = isLocale(mail.locale) ? mail.locale : baseLocale;
	const call = localize(mail.callTitle, locale).text;
	const site = `${config().publicUrl}/${locale}`;
	await sendMail({
		to: mail.email,
		subject: m.expressions_known_mail_subject({ call }, { locale }),
		text: m.expressions_known_mail_text(
			{
				name: mail.name,
				call,
				answer: `${site}/calls/${encodeURIComponent(mail.callSlug)}/answer`,
				reset: `${site}/forgot-password`
			},
			{ locale }
		)
	});
}
