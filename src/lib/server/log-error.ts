// How an error is written to the log: what it is, its codes and where it came from, never what it was
// given. Drizzle puts a failed query's parameters in its message ("Failed query: … params: …") and in
// `params`; postgres.js adds `query`, `parameters` and `args`; PostgreSQL's `detail` and some messages
// repeat the values ("Key (email)=(…) already exists", "invalid input syntax for type uuid: "…"").
// Those are names, e-mail addresses, token hashes or a megabyte someone posted: none of it is logged.

/** What a database or system error says about itself that names no value: codes and schema names. */
const safeFields = [
	'code',
	'severity',
	'routine',
	'constraint_name',
	'constraint',
	'table_name',
	'table',
	'column_name',
	'column',
	'schema_name',
	'schema',
	'status',
	'errno',
	'syscall'
] as const;

const MAX_MESSAGE = 300;
const MAX_FRAMES = 12;
const MAX_DEPTH = 4;

export type LoggedError = {
	type: string;
	message: string;
	stack?: string;
	cause?: LoggedError;
} & Partial<Record<(typeof safeFields)[number], unknown>>;

/**
 * The error as it is logged (pino's serializer for `err`): type, a message without values, the codes
 * above, the stack's frames (not its first line, which repeats the message) and the same for its cause.
 */
export function loggedError(error: unknown, depth = 0): LoggedError {
	if (typeof error !== 'object' || error === null) return { type: typeof error, message: cap(String(error)) };
	const e = error as Record<string, unknown>;
	const out: LoggedError = {
		type: typeof e.name === 'string' && e.name !== 'Error' ? e.name : (error.constructor?.name ?? 'Error'),
		message: safeMessage(e)
	};
	for (const field of safeFields) {
		const value = e[field];
		if (typeof value === 'string' || typeof value === 'number') out[field] = cap(String(value), 100);
	}
	if (typeof e.stack === 'string') {
		const frames = e.stack
			.split('\n')
			.filter((line) => /^\s+at /.test(line))
			.slice(0, MAX_FRAMES);
		if (frames.length) out.stack = frames.map((line) => cap(line.trim(), 200)).join('\n');
	}
	if (e.cause !== undefined && depth < MAX_DEPTH) out.cause = loggedError(e.cause, depth + 1);
	return out;
}

/** One line of the message, without a query's parameters or a value PostgreSQL quotes, and short. */
export function safeMessage(error: Record<string, unknown>): string {
	const message = typeof error.message === 'string' ? error.message : '';
	// Drizzle: "Failed query: <sql>\nparams: <values>"; its cause says why.
	if (message.startsWith('Failed query:')) return 'Failed query';
	const firstLine = message.split('\n')[0] ?? '';
	// PostgreSQL's data errors (class 22: invalid input, bad encoding, …) end with the value they refused.
	const code = typeof error.code === 'string' ? error.code : '';
	const line = code.startsWith('22') ? firstLine.replace(/:\s.*$/, '') : firstLine;
	return cap(line, MAX_MESSAGE);
}

function cap(text: string, max = MAX_MESSAGE): string {
	return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The error and its causes in one line without values, for a message outside the log (a failed start). */
export function errorSummary(error: unknown): string {
	const parts: string[] = [];
	for (let e: LoggedError | undefined = loggedError(error); e; e = e.cause)
		parts.push(e.code ? `${e.message} (${String(e.code)})` : e.message);
	return parts.filter(Boolean).join(': ');
}
