import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { baseLocale, isLocale, type Locale } from '$lib/i18n/locales';
import { localize, type TranslatedText } from '$lib/i18n/translated';
import { config } from '$lib/server/config';
import { db } from '$lib/server/db/client';
import { memberships, partnerProfiles, users } from '$lib/server/db/schema';
import { log } from '$lib/server/log';
import { sendMail } from '$lib/server/mail/send';
import { countryName } from '../countries/names';

/** Where the parties work on a partnership, in the reader's language. */
export function workspacePartnershipLink(slug: string, locale: Locale): string {
	return `${config().publicUrl}/${locale}/workspace/partnerships/${slug}`;
}

type Side = { id: string; name: string; countryCode: string };

export type AcceptedPair = {
	partnershipSlug: string;
	callTitle: TranslatedText;
	/** The Swedish applicant's organisation. */
	applicant: Side;
	/** The organisation behind the profile, and the profile (its author is mailed when it has no coordinator). */
	partner: Side & { profileId: string };
};

type Recipient = { id: string; email: string; name: string; locale: string };

/**
 * Tells both organisations of an accepted match that they now share a partnership: every coordinator
 * of each, in their own language (their account's), naming the partner organisation and its country,
 * the call, and linking to the new partnership in the workspace. An organisation abroad without a
 * coordinator is told through the person who wrote its profile. Call after commit; a mail that cannot be
 * sent is logged. Returns the ids of the people mailed.
 */
export async function sendMatchedMails(pair: AcceptedPair): Promise<Set<string>> {
	const [applicantSide, partnerSide] = await Promise.all([
		coordinatorsOf(pair.applicant.id),
		coordinatorsOf(pair.partner.id).then(async (found) =>
			found.length > 0 ? found : profileAuthor(pair.partner.profileId)
		)
	]);
	const mailed = new Set<string>();
	const sides = [
		{ people: applicantSide, own: pair.applicant, other: pair.partner },
		{ people: partnerSide, own: pair.partner, other: pair.applicant }
	];
	for (const { people, own, other } of sides)
		for (const person of people) {
			const locale = isLocale(person.locale) ? person.locale : baseLocale;
			const partner = `${other.name} (${countryName(other.countryCode, locale)})`;
			try {
				await sendMail({
					to: person.email,
					subject: m.matchmaking_mail_matched_subject({ partner }, { locale }),
					text: m.matchmaking_mail_matched_text(
						{
							name: person.name,
							organisation: own.name,
							partner,
							call: localize(pair.callTitle, locale).text,
							link: workspacePartnershipLink(pair.partnershipSlug, locale)
						},
						{ locale }
					)
				});
				mailed.add(person.id);
			} catch (error) {
				log.error({ err: error, organisationId: own.id }, 'could not send the matched mail');
			}
		}
	return mailed;
}

const recipient = { id: users.id, email: users.email, name: users.name, locale: users.locale };

function coordinatorsOf(organisationId: string): Promise<Recipient[]> {
	return db()
		.select(recipient)
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'coordinator')));
}

function profileAuthor(profileId: string): Promise<Recipient[]> {
	return db()
		.select(recipient)
		.from(partnerProfiles)
		.innerJoin(users, eq(users.id, partnerProfiles.createdByUserId))
		.where(eq(partnerProfiles.id, profileId));
}
