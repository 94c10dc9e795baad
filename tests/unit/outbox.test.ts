import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, setConfig } from '$lib/server/config';
import { sendMail } from '$lib/server/mail/send';
import { newestMailTo } from '../e2e/support/outbox';

// The e2e helpers read the mails the server writes to its outbox without SMTP. A reset link from a
// person's own mail, which needs the database, is checked in tests/integration/outbox.test.ts.
const dataDir = mkdtempSync(join(tmpdir(), 'glokal-outbox-'));
const previous = process.env.E2E_DATA_DIR;
beforeAll(() => {
	setConfig(parseConfig({ DATA_DIR: dataDir, AUTH_SECRET: 'test-secret-test-secret-test-secret-0123' }));
	process.env.E2E_DATA_DIR = dataDir;
});
afterAll(() => {
	if (previous === undefined) delete process.env.E2E_DATA_DIR;
	else process.env.E2E_DATA_DIR = previous;
	rmSync(dataDir, { recursive: true, force: true });
});

describe('the local outbox and the e2e outbox helpers', () => {
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
