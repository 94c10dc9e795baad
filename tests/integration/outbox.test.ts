import { beforeAll, describe, expect, it } from 'vitest';
import { config } from '$lib/server/config';
import { sendPasswordResetMail } from '$lib/server/domain/accounts/mails';
import { makeUser } from '../factories';
import { useTestDatabase } from '../setup/database';
import { resetLinkFor } from '../e2e/support/outbox';

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
	// Finding, decoding and waiting for mails without a database: tests/unit/outbox.test.ts.
});
