import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '$lib/server/config';
import { log } from '$lib/server/log';

export type Mail = { to: string; subject: string; text: string; html?: string };

let transporter: Transporter | undefined;

export function outboxDir(): string {
	return join(config().dataDir, 'outbox');
}

/**
 * Sends over SMTP when SMTP_URL is set. Otherwise the message is written as an .eml file to the
 * outbox in the data directory and the server logs where, so a newcomer can still reset a password.
 */
export async function sendMail(mail: Mail): Promise<void> {
	const cfg = config();
	if (cfg.smtpUrl) {
		transporter ??= nodemailer.createTransport(cfg.smtpUrl);
		await transporter.sendMail({ from: cfg.mailFrom, ...mail });
		return;
	}
	const local = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
	const info = await local.sendMail({ from: cfg.mailFrom, ...mail });
	mkdirSync(outboxDir(), { recursive: true });
	const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^a-z0-9]/gi, '')}`;
	const file = join(outboxDir(), `${name}.eml`);
	writeFileSync(file, info.message as Buffer);
	// The .eml is encoded for mail clients; the .txt beside it reads plainly in a terminal.
	writeFileSync(join(outboxDir(), `${name}.txt`), `To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`);
	log.info({ file }, 'mail written to the local outbox (SMTP_URL is not set)');
}
