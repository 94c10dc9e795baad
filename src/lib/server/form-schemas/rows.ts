// The "add a row" and "remove a row" buttons of RepeatedRows without JavaScript: they send the form
// with `rows-command` = `add:<list>` or `remove:<list>:<i>`, and the action answers with the form's
// values changed accordingly instead of saving (the page builds its rows from those values).

/** The form's values with the command applied, or null when the form carries no row command. */
export function applyRowCommand(values: Record<string, string>): Record<string, string> | null {
	const command = values['rows-command'];
	if (!command) return null;
	const rest = Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'rows-command'));
	const [verb, list, index] = command.split(':');
	if (!list || !/^[A-Za-z][\w-]*$/.test(list)) return rest;
	const indexes = rowIndexes(rest, list);
	if (verb === 'add') {
		// A row exists by having a field: an empty `key` marks the new one.
		rest[`${list}.${(indexes.at(-1) ?? -1) + 1}.key`] = '';
		return rest;
	}
	if (verb === 'remove' && index !== undefined && /^\d+$/.test(index)) {
		const prefix = `${list}.${index}.`;
		return Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith(prefix)));
	}
	return rest;
}

/** The row indexes the values hold for a list (`questions.3.label.sv` → 3), in order. */
export function rowIndexes(values: Record<string, string>, list: string): number[] {
	const found = new Set<number>();
	for (const key of Object.keys(values)) {
		if (!key.startsWith(`${list}.`)) continue;
		const index = key.slice(list.length + 1).split('.')[0]!;
		if (/^\d+$/.test(index)) found.add(Number(index));
	}
	return [...found].sort((a, b) => a - b);
}
