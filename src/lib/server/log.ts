import pino from 'pino';

const options: pino.LoggerOptions = {
	level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
	base: undefined,
	timestamp: pino.stdTimeFunctions.isoTime,
	formatters: { level: (label) => ({ level: label }) },
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
 * One JSON line per event. Redaction is a backstop: callers log ids, never passwords, tokens or
 * personal data.
 * Written asynchronously: under load the lines of many requests leave in one write instead of one
 * blocking write each (see docs/decisions/0006). pino flushes what is pending when the process exits.
 */
export const log = pino(options, pino.destination({ dest: 1, sync: false }));
