import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { baseLocale, isLocale, type Locale } from '$lib/i18n/locales';
import { localize, type TranslatedText } from '$lib/i18n/translated';
import { config } from '$lib/server/config';
import { db } from '$lib/server/db/client';
import { memberships, organisations, partnerProfiles, users } from '$lib/server/db/schema';
import { log } from '$lib/server/log';
import { sendMail } from '$lib/server/mail/send';

/** Where the parties work on a partnership, in the reader's language. */
export function workspacePartnershipLink(slug: string, locale: Locale): string {
	return `${config().publicUrl}/${locale}/workspace/partnerships/${slug}`;
}

/**
 * Tells the organisation behind a profile that it has been matched with a Swedish organisation, with a
 * link to the new partnership: each coordinator of the organisation in their own language, or, when it
 * has none, the person who wrote the profile. Call after commit; a mail that cannot be sent is logged.
 */
export async function sendMatchedMails({
	profileId,
	organisationId,
	swedishName,
	callTitle,
	partnershipSlug
}: {
	profileId: string;
	organisationId: string;
	swedishName: string;
	callTitle: TranslatedText;
	partnershipSlug: string;
}): Promise<void> {
	const recipient = { email: users.email, name: users.name, locale: users.locale };
	let people = await db()
		.select(recipient)
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'coordinator')));
	if (people.length === 0)
		people = await db()
			.select(recipient)
			.from(partnerProfiles)
			.innerJoin(users, eq(users.id, partnerProfiles.createdByUserId))
			.where(eq(partnerProfiles.id, profileId));
	const [organisation] = await db()
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	for (const person of people) {
		const locale = isLocale(person.locale) ? person.locale : baseLocale;
		try {
			await sendMail({
				to: person.email,
				subject: m.matchmaking_mail_matched_subject({ partner: swedishName }, { locale }),
				text: m.matchmaking_mail_matched_text(
					{
						name: person.name,
						organisation: organisation?.name ?? '',
						partner: swedishName,
						call: localize(callTitle, locale).text,
						link: workspacePartnershipLink(partnershipSlug, locale)
					},
					{ locale }
				)
			});
		} catch (error) {
			log.error({ err: error, profileId }, 'could not send the matched mail');
		}
	}
}
