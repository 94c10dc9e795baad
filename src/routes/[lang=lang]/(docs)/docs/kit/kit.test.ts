import { describe, expect, it } from 'vitest';
import { sectionsOf, type SectionModule } from './kit';

const component = (() => {}) as unknown as SectionModule['default'];

describe('the kit page’s sections', () => {
	it('come in file-name order, titled by their module export or else their file name', () => {
		const sections = sectionsOf({
			'./sections/tabs.svelte': { default: component, title: 'Tabs' },
			'./sections/button.svelte': { default: component, title: 'Buttons' },
			'./sections/data-table.svelte': { default: component }
		});
		expect(sections.map((s) => [s.id, s.title])).toEqual([
			['kit-button', 'Buttons'],
			['kit-data-table', 'data-table'],
			['kit-tabs', 'Tabs']
		]);
	});
});
