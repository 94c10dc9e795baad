const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID: ids from URLs are checked before they reach a uuid column, which would fail on them. */
export function isUuid(value: string | null | undefined): value is string {
	return typeof value === 'string' && uuidPattern.test(value);
}
