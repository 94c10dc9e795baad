import { describe, expect, it } from 'vitest';
import { AppError, asAppError } from './errors';

describe('asAppError', () => {
	it('answers a unique violation, a serialization failure or a deadlock, also as a cause, with 409', () => {
		for (const code of ['23505', '40001', '40P01']) {
			const wrapped = new Error('Failed query', { cause: Object.assign(new Error('duplicate key'), { code }) });
			const mapped = asAppError(wrapped);
			expect(mapped).toBeInstanceOf(AppError);
			expect((mapped as AppError).status).toBe(409);
			expect((mapped as AppError).message).not.toContain('duplicate key');
		}
	});

	it('leaves every other error as it is, to be logged as a failure', () => {
		const notNull = Object.assign(new Error('null value'), { code: '23502' });
		expect(asAppError(notNull)).toBe(notNull);
		const invalid = AppError.invalid({ name: 'required' });
		expect(asAppError(invalid)).toBe(invalid);
	});
});
