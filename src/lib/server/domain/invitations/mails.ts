import { m } from '$lib/paraglide/messages';
import { isLocale, baseLocale } from '$lib/i18n/locales';
import { config } from '$lib/server/config';
import { sendMail } from '$lib/server/mail/send';
import { INVITATION_DAYS } from './tokens';

type InvitationMail = {
	email: string;
	token: string;
	locale: string;
	organisation: string;
	role: 'coordinator' | 'member' | 'expert';
};

const roleNames = { coordinator: m.role_coordinator, member: m.role_member, expert: m.role_expert };

/** The invitation goes out in the language chosen for it, with a link that opens the page in that language. */
export async function sendInvitationMail(invitation: InvitationMail): Promise<void> {
	const locale = isLocale(invitation.locale) ? invitation.locale : baseLocale;
	const link = `${config().publicUrl}/${locale}/invitations/${encodeURIComponent(invitation.token)}`;
	const role = roleNames[invitation.role]({}, { locale }).toLocaleLowerCase(locale);
	await sendMail({
		to: invitation.email,
		subject: m.invitation_mail_subject({ organisation: invitation.organisation }, { locale }),
		text: m.invitation_mail_text(
			{ organisation: invitation.organisation, role, link, days: INVITATION_DAYS },
			{ locale }
		)
	});
}
