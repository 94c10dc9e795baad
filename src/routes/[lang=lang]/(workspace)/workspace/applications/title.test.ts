import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';

// One page, one name: the workspace's link, the page's title and the way back all say the same.
describe('the page of my expressions of interest', () => {
	it('is called what the workspace links to it with, in each language', () => {
		for (const locale of ['sv', 'en', 'es'] as const) {
			const name = m.workspace_applications_link({}, { locale });
			expect(m.expressions_mine_title({}, { locale })).toBe(name);
			expect(m.expressions_back_to_mine({}, { locale }).toLowerCase()).toContain(name.toLowerCase());
		}
	});
});
