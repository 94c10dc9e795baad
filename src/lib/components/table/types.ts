import type { Snippet } from 'svelte';

/** One column of a DataTable, declared once: its header, its cell, and whether it sorts. */
export type Column<T> = {
	/** Names the column; for a sortable column it is also the `?sort=` value the page allows. */
	key: string;
	label: string;
	/** The cell's content; without it the cell shows `value(row)` as text. */
	cell?: Snippet<[T]>;
	value?: (row: T) => string | number | null | undefined;
	sortable?: boolean;
	/** `end` for numbers, so that digits line up. */
	align?: 'start' | 'end';
	/** The cell names its row (a `<th scope="row">`): usually the first, linked column. */
	rowHeader?: boolean;
	/** The header's language, when it is a text that fell back to another language. */
	lang?: string;
};

/** Checkboxes on each row tied to a form elsewhere on the page (by its id), for actions on several rows. */
export type Selection<T> = {
	/** The id of the bulk-action form; the checkboxes join it through their `form` attribute. */
	form: string;
	/** The field name each checked row submits (its key). */
	name: string;
	/** What a screen reader hears for a row's checkbox ("Select Nordic Youth"). */
	rowLabel: (row: T) => string;
	/** The select-all checkbox's label, when "Select all rows on this page" is not the right words. */
	allLabel?: string;
};

/** Download links for the rows (all pages, with the current filters), where the page offers them. */
export type Exports = { csv?: string; xlsx?: string };
