import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { newPassword } from './schemas';

describe('a new password', () => {
	it('needs at least 12 characters (OWASP ASVS 2.1.1) and takes any characters up to 128', () => {
		const short = newPassword.safeParse('elva tecken');
		expect(short.success).toBe(false);
		expect(short.error?.issues[0]?.message).toBe(m.auth_error_password_too_short());
		expect(newPassword.safeParse('tolv tecken!').success).toBe(true);
		expect(newPassword.safeParse('ñandú 🦤 över ån').success).toBe(true);
		expect(newPassword.safeParse('x'.repeat(129)).success).toBe(false);
	});
});
