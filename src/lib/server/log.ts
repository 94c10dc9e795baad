import pino from 'pino';
import { loggedError } from './log-error';

export const logOptions: pino.LoggerOptions = {
	level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
	base: undefined,
	timestamp: pino.stdTimeFunctions.isoTime,
	formatters: { level: (label) => ({ level: label }) },
	// Errors by their type, codes and stack, never the values a failed query was given (log-error.ts).
	serializers: { err: loggedError, error: loggedError },
	redact: {
		paths: [
			'password',
			'token',
			'email',
			'*.password',
			'*.token',
			'*.email',
			'headers.cookie',
			'headers.authorization'
		],
		censor: '[redacted]'
	}
};

/**
 * One JSON line per event. Callers log ids, never passwords, tokens or personal data; errors go under
 * `err` and are written without the values they carry (log-error.ts). Redaction is a backstop.
 * Written asynchronously: under load the lines of many requests leave in one write instead of one
 * blocking write each (see docs/decisions/0006). pino flushes what is pending when the process exits.
 */
export const log = pino(logOptions, pino.destination({ dest: 1, sync: false }));
