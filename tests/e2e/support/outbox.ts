import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The e2e server runs without SMTP_URL, so it writes every mail as an .eml file to
 * <E2E_DATA_DIR>/outbox (see playwright.config.ts). These helpers read them back.
 */

export type OutboxMail = { file: string; to: string[]; subject: string; text: string; receivedAt: number };

export function outboxDir(): string {
	const dataDir = process.env.E2E_DATA_DIR;
	if (!dataDir) throw new Error('E2E_DATA_DIR is not set: run the tests through playwright.config.ts');
	return join(dataDir, 'outbox');
}

/**
 * The newest mail to `email` (written at or after `since`, a Date.now() value, when given),
 * waiting up to `timeoutMs` for it to arrive: the server sends mail without waiting for it.
 */
export async function newestMailTo(
	email: string,
	{ since = 0, timeoutMs = 5_000 }: { since?: number; timeoutMs?: number } = {}
): Promise<OutboxMail> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const mail = findNewest(email.toLowerCase(), since);
		if (mail) return mail;
		if (Date.now() > deadline) throw new Error(`no mail to ${email} in ${outboxDir()} within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** Every mail to `email` written at or after `since` (a Date.now() value), oldest first, without waiting. */
export function mailsTo(email: string, { since = 0 }: { since?: number } = {}): OutboxMail[] {
	const dir = outboxDir();
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.eml'))
		.map((name) => ({ name, mtime: statSync(join(dir, name)).mtimeMs }))
		.filter((f) => f.mtime >= since - 1)
		.sort((a, b) => a.mtime - b.mtime || a.name.localeCompare(b.name))
		.map(({ name, mtime }) => ({
			file: join(dir, name),
			receivedAt: mtime,
			...parseMail(readFileSync(join(dir, name)))
		}))
		.filter((mail) => mail.to.includes(email.toLowerCase()));
}

/** The password reset link in the newest mail to `email`, e.g. http://127.0.0.1:3510/sv/reset-password?token=… */
export async function resetLinkFor(
	email: string,
	options: { since?: number; timeoutMs?: number } = {}
): Promise<string> {
	const mail = await newestMailTo(email, options);
	const link = mail.text.match(/https?:\/\/[^\s"'<>]+\/reset-password\?token=[^\s"'<>]+/)?.[0];
	if (!link) throw new Error(`the newest mail to ${email} (${mail.file}) has no reset link:\n${mail.text}`);
	return link;
}

function findNewest(email: string, since: number): OutboxMail | undefined {
	const dir = outboxDir();
	if (!existsSync(dir)) return undefined;
	// Mtime can tie within a millisecond; file names start with an ISO timestamp, so they break the tie.
	const files = readdirSync(dir)
		.filter((name) => name.endsWith('.eml'))
		.map((name) => ({ name, mtime: statSync(join(dir, name)).mtimeMs }))
		.filter((f) => f.mtime >= since - 1)
		.sort((a, b) => b.mtime - a.mtime || b.name.localeCompare(a.name));
	for (const { name, mtime } of files) {
		const mail = parseMail(readFileSync(join(dir, name)));
		if (mail.to.includes(email)) return { file: join(dir, name), receivedAt: mtime, ...mail };
	}
	return undefined;
}

/** Just enough MIME for our own mails: headers, quoted-printable or base64 text, multipart/alternative. */
export function parseMail(raw: Buffer): Omit<OutboxMail, 'file' | 'receivedAt'> {
	const { headers, body } = splitMessage(raw.toString('latin1'));
	const to = (headers.get('to') ?? '')
		.split(',')
		.map((part) => (part.match(/<([^>]+)>/)?.[1] ?? part).trim().toLowerCase())
		.filter(Boolean);
	return { to, subject: decodeWords(headers.get('subject') ?? ''), text: textOf(headers, body) };
}

function splitMessage(message: string): { headers: Map<string, string>; body: string } {
	const normalized = message.replace(/\r\n/g, '\n');
	const end = normalized.indexOf('\n\n');
	const head = end === -1 ? normalized : normalized.slice(0, end);
	const body = end === -1 ? '' : normalized.slice(end + 2);
	const headers = new Map<string, string>();
	// Folded header lines continue with whitespace.
	for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
	}
	return { headers, body };
}

function textOf(headers: Map<string, string>, body: string): string {
	const type = headers.get('content-type') ?? 'text/plain';
	const boundary = type.match(/boundary="?([^";]+)"?/i)?.[1];
	if (/^multipart\//i.test(type) && boundary) {
		const parts = body
			.split(`--${boundary}`)
			.slice(1, -1)
			.map((part) => splitMessage(part.replace(/^\n/, '')));
		const plain = parts.find((p) => /^text\/plain/i.test(p.headers.get('content-type') ?? 'text/plain'));
		const chosen = plain ?? parts[0];
		return chosen ? textOf(chosen.headers, chosen.body) : '';
	}
	const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
	const bytes =
		encoding === 'base64'
			? Buffer.from(body.replace(/\s+/g, ''), 'base64')
			: encoding === 'quoted-printable'
				? decodeQuotedPrintable(body)
				: Buffer.from(body, 'latin1');
	return bytes.toString('utf8');
}

function decodeQuotedPrintable(text: string): Buffer {
	const joined = text.replace(/=\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < joined.length; i++) {
		const hex = joined.slice(i + 1, i + 3);
		if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else bytes.push(joined.charCodeAt(i) & 0xff);
	}
	return Buffer.from(bytes);
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, data: string) =>
			kind.toUpperCase() === 'B'
				? Buffer.from(data, 'base64').toString('utf8')
				: decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8')
		);
}
