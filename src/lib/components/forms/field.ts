// What every field of the kit shares: its id, which the error summary links to (`#field-<name>`), and the
// ids of the hint and the error that describe it.

export const fieldId = (name: string) => `field-${name}`;

export function describedBy(id: string, hint?: string | null, error?: string | null): string | undefined {
	return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export type Option = { value: string; label: string };
