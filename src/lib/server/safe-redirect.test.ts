import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
	it('keeps a path on this site with its query and fragment', () => {
		expect(safeRedirectPath('/sv/workspace')).toBe('/sv/workspace');
		expect(safeRedirectPath('/en/partnerships?page=2&theme=x#list')).toBe('/en/partnerships?page=2&theme=x#list');
		expect(safeRedirectPath('/')).toBe('/');
	});

	it('normalises dot segments without leaving the site', () => {
		expect(safeRedirectPath('/sv/../en/workspace')).toBe('/en/workspace');
		expect(safeRedirectPath('/../../etc')).toBe('/etc');
	});

	it('refuses other hosts, however they are written', () => {
		for (const value of [
			'//evil.example',
			'//evil.example/sv',
			'/\\evil.example',
			'/\\/evil.example',
			'https://evil.example',
			'http:/evil.example',
			'javascript:alert(1)',
			'evil.example',
			'sv/workspace',
			' /sv/workspace',
			'/\t/evil.example',
			'/\n/evil.example'
		]) {
			expect(safeRedirectPath(value), value).toBeNull();
		}
	});

	it('refuses empty, missing, non-ASCII and very long values', () => {
		expect(safeRedirectPath('')).toBeNull();
		expect(safeRedirectPath(null)).toBeNull();
		expect(safeRedirectPath(undefined)).toBeNull();
		expect(safeRedirectPath('/sv/organisationer/jönköping')).toBeNull();
		expect(safeRedirectPath('/' + 'a'.repeat(2001))).toBeNull();
	});

	it('keeps percent-encoded paths as they are', () => {
		expect(safeRedirectPath('/sv/organisations/j%C3%B6nk%C3%B6ping')).toBe('/sv/organisations/j%C3%B6nk%C3%B6ping');
		expect(safeRedirectPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
	});
});
