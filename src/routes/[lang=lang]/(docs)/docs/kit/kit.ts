import type { Component } from 'svelte';
import type { Locale } from '$lib/i18n/locales';

/** What the kit page passes to every section file in ./sections/. */
export type SectionProps = { id: string; lang: Locale };

/** One row of a section's props table. `type` is TypeScript as written in the component. */
export type PropRow = { name: string; type: string; default?: string; description: string };

export type SectionModule = { default: Component<SectionProps>; title?: string };

export type Section = { id: string; title: string; component: Component<SectionProps> };

/**
 * The section files in file-name order. A file's `<script module>` may `export const title`; without
 * one the title is its file name ("data-table.svelte" → "data-table"). Ids are `kit-` + the file name.
 */
export function sectionsOf(modules: Record<string, SectionModule>): Section[] {
	return Object.entries(modules)
		.sort(([a], [b]) => a.localeCompare(b, 'en'))
		.map(([path, module]) => {
			const name = path
				.split('/')
				.pop()!
				.replace(/\.svelte$/, '');
			return { id: `kit-${name}`, title: module.title ?? name, component: module.default };
		});
}
