import { beforeAll, describe, expect, it } from 'vitest';
import { config } from '$lib/server/config';
import { sendPasswordResetMail } from '$lib/server/domain/accounts/mails';
import { sendMail } from '$lib/server/mail/send';
import { makeUser } from '../factories';
import { useTestDatabase } from '../setup/database';
import { newestMailTo, resetLinkFor } from '../e2e/support/outbox';

// The e2e helpers read the mails the server writes without SMTP: check them on real ones here.
const test = useTestDatabase();
beforeAll(() => {
	process.env.E2E_DATA_DIR = test.dataDir;
});

describe('the local outbox and the e2e outbox helpers', () => {
	it('carry a reset link in the person’s language, whole, however the mail is encoded', async () => {
		const person = await makeUser({ locale: 'es' });
		// Long, with characters that quoted-printable and URLs both escape.
		const token = `${'t0k3n'.repeat(20)}+/=åäö`;
		await sendPasswordResetMail(person.id, token);
		const link = await resetLinkFor(person.email);
		expect(link).toBe(`${config().publicUrl}/es/reset-password?token=${encodeURIComponent(token)}`);
		expect(new URL(link).searchParams.get('token')).toBe(token);
	});

	it('finds the newest mail to an address, with its subject decoded', async () => {
		const since = Date.now();
		await sendMail({ to: 'Anna Öberg <anna@example.org>', subject: 'Första', text: 'ett' });
		await new Promise((resolve) => setTimeout(resolve, 20));
		await sendMail({ to: 'anna@example.org', subject: 'Andra – på svenska', text: 'två' });
		await sendMail({ to: 'someone-else@example.org', subject: 'Tredje', text: 'tre' });
		const mail = await newestMailTo('ANNA@example.org', { since });
		expect(mail.subject).toBe('Andra – på svenska');
		expect(mail.text.trim()).toBe('två');
	});

	it('waits for a mail that comes a little later', async () => {
		const since = Date.now();
		setTimeout(() => void sendMail({ to: 'late@example.org', subject: 'Sent', text: 'later' }), 300);
		expect((await newestMailTo('late@example.org', { since, timeoutMs: 3000 })).subject).toBe('Sent');
	});

	it('gives up with a clear message when no mail comes', async () => {
		await expect(newestMailTo('nobody@example.org', { timeoutMs: 300 })).rejects.toThrow(
			/no mail to nobody@example.org/
		);
	});
});
