import { describe, expect, it } from 'vitest';
import { limitKey, waitText } from './rate-limit';

describe('rate limit keys', () => {
	it('keep no address or e-mail in clear, and ignore case and outer spaces', () => {
		const key = limitKey('answer', 'email', 'Karin@Example.org ');
		expect(key).toMatch(/^answer:email:[0-9a-f]{40}$/);
		expect(key).not.toContain('karin');
		expect(key).toBe(limitKey('answer', 'email', 'karin@example.org'));
		expect(key).not.toBe(limitKey('reset', 'email', 'karin@example.org'));
	});
});

describe('the wait in a refusal', () => {
	it('is said in the reader’s language, with the right plural', () => {
		expect(waitText(1, 'en')).toBe('1 second');
		expect(waitText(45, 'es')).toBe('45 segundos');
		expect(waitText(60, 'en')).toBe('1 minute');
		expect(waitText(61, 'en')).toBe('2 minutes');
		expect(waitText(15 * 60, 'sv')).toBe('15 minuter');
		expect(waitText(60 * 60, 'es')).toBe('60 minutos');
	});
});
