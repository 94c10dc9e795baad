import { describe, expect, it } from 'vitest';
import { toSlug } from './slugs';

describe('toSlug', () => {
	it('turns Swedish and Spanish names into ASCII slugs', () => {
		expect(toSlug('Åmål kommun')).toBe('amal-kommun');
		expect(toSlug('Piteå – Chinsali')).toBe('pitea-chinsali');
		expect(toSlug('Bogotá, D.C.')).toBe('bogota-dc');
	});

	it('never returns an empty slug', () => {
		expect(toSlug('!!!')).toBe('x');
	});
});
