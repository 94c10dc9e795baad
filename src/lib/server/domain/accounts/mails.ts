import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { isLocale, baseLocale, type Locale } from '$lib/i18n/locales';
import { config } from '$lib/server/config';
import { db } from '$lib/server/db/client';
import { users } from '$lib/server/db/schema';
import { sendMail } from '$lib/server/mail/send';

/** Where and in which language a person's own mails go (their chosen language, else Swedish); null when gone. */
export async function mailRecipient(userId: string): Promise<{ email: string; name: string; locale: Locale } | null> {
	const [user] = await db()
		.select({ email: users.email, name: users.name, locale: users.locale })
		.from(users)
		.where(eq(users.id, userId));
	return user ? { ...user, locale: isLocale(user.locale) ? user.locale : baseLocale } : null;
}

/** The reset link goes to the user in their own language, whatever page they asked from. */
export async function sendPasswordResetMail(userId: string, token: string): Promise<void> {
	const user = await mailRecipient(userId);
	if (!user) return;
	const { locale } = user;
	const link = `${config().publicUrl}/${locale}/reset-password?token=${encodeURIComponent(token)}`;
	await sendMail({
		to: user.email,
		subject: m.auth_reset_mail_subject({}, { locale }),
		text: m.auth_reset_mail_text({ name: user.name, link }, { locale })
	});
}

/**
 * After a reset: the person learns that their password changed, that other sessions ended and how many
 * personal API tokens were revoked, so that a reset they did not make does not go unnoticed.
 */
export async function sendPasswordChangedMail(userId: string, revokedTokens: number): Promise<void> {
	const user = await mailRecipient(userId);
	if (!user) return;
	const { locale } = user;
	const tokens = revokedTokens > 0 ? m.auth_password_changed_mail_tokens({ count: revokedTokens }, { locale }) : '';
	await sendMail({
		to: user.email,
		subject: m.auth_password_changed_mail_subject({}, { locale }),
		text: m.auth_password_changed_mail_text(
			{ name: user.name, tokens, link: `${config().publicUrl}/${locale}/forgot-password` },
			{ locale }
		)
	});
}
