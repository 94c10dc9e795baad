import { describe, expect, it } from 'vitest';
import { clientFields, deviceSummary, emailHash } from './client';

describe('deviceSummary', () => {
	it('names the browser and the system as a person recognises them', () => {
		expect(deviceSummary('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe(
			'Firefox on Windows'
		);
		expect(
			deviceSummary(
				'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
			)
		).toBe('Mobile Safari on iOS');
		expect(deviceSummary('curl/8.5.0')).toBeNull();
		expect(deviceSummary(null)).toBeNull();
	});
});

describe('what a sign-in event keeps of its client', () => {
	it('keeps an e-mail address only as a hash that ignores case and spaces', () => {
		expect(emailHash(' Someone@Example.org ')).toBe(emailHash('someone@example.org'));
		expect(emailHash('someone@example.org')).not.toContain('someone');
	});

	it('keeps the device cookie only hashed and at most 512 characters of user agent', () => {
		const fields = clientFields({
			address: '198.51.100.7',
			headers: new Headers({ 'user-agent': 'x'.repeat(2000) }),
			deviceId: 'a-device'
		});
		expect(fields.userAgent).toHaveLength(512);
		expect(fields.deviceHash).toMatch(/^[0-9a-f]{64}$/);
		expect(fields.ipAddress).toBe('198.51.100.7');
	});
});
