import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { outboxDir } from '$lib/server/mail/send';

// The local outbox (mail/send.ts) keeps each mail as `<name>.eml` and `<name>.txt`, the latter starting
// with "To: <address>". Both files go together.

function mails(): { base: string; files: string[] }[] {
	const dir = outboxDir();
	if (!existsSync(dir)) return [];
	const byBase = new Map<string, string[]>();
	for (const file of readdirSync(dir)) {
		const match = /^(.*)\.(eml|txt)$/.exec(file);
		if (!match) continue;
		byBase.set(match[1]!, [...(byBase.get(match[1]!) ?? []), join(dir, file)]);
	}
	return [...byBase].map(([base, files]) => ({ base, files }));
}

function recipientOf(files: string[]): string | null {
	const txt = files.find((f) => f.endsWith('.txt'));
	const eml = files.find((f) => f.endsWith('.eml'));
	const text = txt ? readFileSync(txt, 'utf8') : eml ? readFileSync(eml, 'utf8') : '';
	return /^To: *(.+)$/im.exec(text)?.[1]?.trim().toLowerCase() ?? null;
}

/** Deletes the outbox mails addressed to `email`; returns how many mails. */
export function removeOutboxMail(email: string): number {
	const address = email.trim().toLowerCase();
	let removed = 0;
	for (const { files } of mails()) {
		const to = recipientOf(files);
		if (!to || !(to === address || to.includes(`<${address}>`))) continue;
		for (const file of files) rmSync(file, { force: true });
		removed++;
	}
	return removed;
}

/** Deletes the outbox mails written before `cutoff`; returns how many mails. */
export function removeOutboxMailBefore(cutoff: Date): number {
	let removed = 0;
	for (const { files } of mails()) {
		const written = Math.max(...files.map((f) => statSync(f).mtimeMs));
		if (written >= cutoff.getTime()) continue;
		for (const file of files) rmSync(file, { force: true });
		removed++;
	}
	return removed;
}

/** The outbox mails addressed to `email`, as text, for the person's export. */
export function outboxMailTo(email: string): { file: string; text: string }[] {
	const address = email.trim().toLowerCase();
	return mails()
		.filter(({ files }) => {
			const to = recipientOf(files);
			return !!to && (to === address || to.includes(`<${address}>`));
		})
		.map(({ base, files }) => {
			const txt = files.find((f) => f.endsWith('.txt')) ?? files[0]!;
			return { file: base, text: readFileSync(txt, 'utf8') };
		});
}
