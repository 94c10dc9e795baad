import { and, eq, isNotNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { config } from '$lib/server/config';
import { db } from '$lib/server/db/client';
import { signInEvents } from '$lib/server/db/schema';
import { sendMail } from '$lib/server/mail/send';
import { log } from '$lib/server/log';
import { formatDateTime } from '$lib/time';
import { mailRecipient } from '../accounts/mails';
import { clientFields, type SignInClient } from './client';

/**
 * Whether this browser signed in to this account before: the same device cookie and the same kind of
 * browser (a copied cookie in another browser counts as new). `first` when the account never signed in.
 */
export async function deviceFamiliarity(userId: string, client: SignInClient): Promise<'known' | 'new' | 'first'> {
	const { deviceHash, device } = clientFields(client);
	const earlier = await db()
		.select({ deviceHash: signInEvents.deviceHash, device: signInEvents.device })
		.from(signInEvents)
		.where(
			and(eq(signInEvents.userId, userId), eq(signInEvents.kind, 'signed_in'), isNotNull(signInEvents.deviceHash))
		);
	if (earlier.length === 0) return 'first';
	return earlier.some((e) => deviceHash !== null && e.deviceHash === deviceHash && e.device === device)
		? 'known'
		: 'new';
}

/**
 * Mails the person, in their language, that their account was signed in from a new device, and what to
 * do if it was not them. Not awaited by the sign-in: a slow mail server must not slow it down.
 */
export function mailNewDevice(userId: string, client: SignInClient): void {
	sendNewDeviceMail(userId, client).catch((error) => log.error({ err: error, userId }, 'new device mail failed'));
}

async function sendNewDeviceMail(userId: string, client: SignInClient): Promise<void> {
	const user = await mailRecipient(userId);
	if (!user) return;
	const { locale } = user;
	const { device, ipAddress } = clientFields(client);
	const base = config().publicUrl;
	await sendMail({
		to: user.email,
		subject: m.security_new_device_mail_subject({}, { locale }),
		text: m.security_new_device_mail_text(
			{
				name: user.name,
				time: formatDateTime(new Date(), locale),
				device: device ?? m.security_device_unknown({}, { locale }),
				address: ipAddress ?? '–',
				resetLink: `${base}/${locale}/forgot-password`,
				sessionsLink: `${base}/${locale}/workspace/settings/sessions`
			},
			{ locale }
		)
	});
}
