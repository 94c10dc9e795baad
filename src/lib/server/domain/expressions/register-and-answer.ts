import { hashPassword } from 'better-auth/crypto';
import { eq, sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db, type Executor } from '$lib/server/db/client';
import { expressionsOfInterest, organisations, users, type PendingRegistration } from '$lib/server/db/schema';
import { AppError, type FieldErrors } from '$lib/server/errors';
import { log } from '$lib/server/log';
import { parseInput } from '$lib/server/validation';
import { anonymous } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { eligibilityProblem, openCallProblem } from '../calls/state';
import { expiryFrom, newInvitationToken } from '../invitations/tokens';
import { extractConcepts } from '../matchmaking/concepts';
import { limitKey, takeOrRefuse } from '../security/rate-limit';
import { checkChoices, publishedCall } from './answering';
import { keepCallAnswers, missingForSubmission } from './completeness';
import { sendAccountExistsMail, sendVerificationMail } from './verification-mail';
import { auditView } from './save-draft';
import { visitorInput, type VisitorInput } from './schemas';

/** The registration a visitor's answer waits with, and whether to submit it once verified. */
export type VisitorRegistration = PendingRegistration & { action: 'submit' | 'draft' };

/** An organisation registered under the same name (case and outer spaces aside) in the same country. */
export async function sameOrganisation(tx: Executor, name: string, countryCode: string) {
	const [found] = await tx
		.select({
			id: organisations.id,
			name: organisations.name,
			countryCode: organisations.countryCode,
			kind: organisations.kind
		})
		.from(organisations)
		.where(
			sql`lower(trim(${organisations.name})) = ${name.trim().toLowerCase()} and ${organisations.countryCode} = ${countryCode}`
		)
		.limit(1);
	return found ?? null;
}

/**
 * Answers from visitors: per address (all attempts, each costs a password hash) and per e-mail (only
 * the ones that send a mail, so a person correcting their answer is not stopped).
 */
export const answerLimits = {
	address: { max: 30, seconds: 60 * 60 },
	email: { max: 3, seconds: 60 * 60 }
} as const;

/**
 * A visitor without an account answers a call (by slug): name, e-mail, password (10+ characters, twice),
 * their organisation and the answer. Nothing is created but the waiting answer: the account and the
 * organisation follow the e-mailed link (verifyEmail). An organisation with the same name and country is
 * never duplicated: the visitor is asked (`organisation.name`) to confirm answering for it (`useExisting`
 * with its `existingOrganisationId`). The call must be open, the organisation eligible, and with `submit`
 * the answer complete. Keeps only the password's hash and the link's hash (7 days); records
 * `expression.created`, then mails the link in the visitor's language after the commit.
 * An e-mail that has an account answers exactly the same, but nothing is kept and the mail tells its
 * owner to sign in and answer (or choose a new password): the form reveals no accounts (`id` is null).
 * Limited per address (30 an hour) and per e-mail (3 mails an hour): 429 past either.
 */
export async function registerAndAnswer(callSlug: string, input: VisitorInput, request: { address: string }) {
	const data = parseInput(visitorInput, input);
	if (data.password !== data.confirm) throw AppError.invalid({ confirm: m.auth_error_passwords_differ() });
	await takeOrRefuse([{ key: limitKey('answer', 'address', request.address), ...answerLimits.address }]);
	const mailing = await takeOrRefuse([{ key: limitKey('answer', 'email', data.email), ...answerLimits.email }]);
	try {
		return await registerOrRemind(callSlug, data);
	} catch (error) {
		await mailing.giveBack();
		throw error;
	}
}

async function registerOrRemind(callSlug: string, data: ReturnType<typeof visitorInput.parse>) {
	const { token, hash } = newInvitationToken();
	const passwordHash = await hashPassword(data.password);
	const created = await db().transaction(async (tx) => {
		const call = await publishedCall(tx, { slug: callSlug });
		const closed = openCallProblem(call);
		if (closed) throw new AppError('conflict', closed);
		const [account] = await tx
			.select({ id: users.id })
			.from(users)
			.where(eq(sql`lower(${users.email})`, data.email));

		const same = await sameOrganisation(tx, data.organisation.name, data.organisation.countryCode);
		if (same && !(data.useExisting && data.existingOrganisationId === same.id))
			throw AppError.invalid({ 'organisation.name': m.expressions_error_organisation_exists({ name: same.name }) });
		const organisation = same ?? data.organisation;
		const problem = eligibilityProblem(call, organisation);
		if (problem) throw AppError.invalid({ [same ? 'organisation.name' : 'organisation.countryCode']: problem });
		if (same) {
			const [answered] = await tx
				.select({ id: expressionsOfInterest.id })
				.from(expressionsOfInterest)
				.where(
					sql`${expressionsOfInterest.callId} = ${call.id} and ${expressionsOfInterest.organisationId} = ${same.id}`
				);
			if (answered)
				throw AppError.invalid({ 'organisation.name': m.expressions_error_organisation_answered({ name: same.name }) });
		}

		const values = {
			...keepCallAnswers(call, data),
			challenge: data.challenge,
			chosenConcepts: data.challengeAreas,
			themeId: data.themeId ?? null,
			...(await checkChoices(tx, call, { ...data, organisationId: undefined }))
		};
		if (data.submit) {
			const recognised = await extractConcepts(tx, values.challenge);
			const missing: FieldErrors = missingForSubmission(call, { ...values, recognised });
			if (Object.keys(missing).length > 0) throw AppError.invalid(missing);
		}
		const registration: VisitorRegistration = {
			name: data.name,
			email: data.email,
			passwordHash,
			organisation: same
				? { existingId: same.id }
				: {
						name: data.organisation.name,
						countryCode: data.organisation.countryCode,
						kind: data.organisation.kind,
						population: data.organisation.population ?? null
					},
			action: data.submit ? 'submit' : 'draft'
		};
		// Every check above ran for a known address too, so the answer cannot tell the two apart.
		if (account) return { id: null, callTitle: call.title, known: true };
		const [expression] = await tx
			.insert(expressionsOfInterest)
			.values({
				...values,
				callId: call.id,
				locale: data.locale,
				registration,
				verificationTokenHash: hash,
				verificationExpiresAt: expiryFrom(new Date())
			})
			.returning();
		await recordAudit(tx, anonymous, {
			action: 'expression.created',
			subjectType: 'expression',
			subjectId: expression!.id,
			organisationIds: same ? [same.id] : [],
			after: { ...auditView(expression!), visitor: { name: data.name, email: data.email } }
		});
		return { id: expression!.id, callTitle: call.title, known: false };
	});
	let mailed = true;
	try {
		const mail = { email: data.email, name: data.name, locale: data.locale, callTitle: created.callTitle };
		if (created.known) await sendAccountExistsMail({ ...mail, callSlug });
		else await sendVerificationMail({ ...mail, token });
	} catch (err) {
		log.error({ err, expressionId: created.id }, 'verification mail could not be sent');
		mailed = false;
	}
	return { id: created.id, email: data.email, mailed };
}
