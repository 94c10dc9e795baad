import { createHash } from 'node:crypto';
import UAParser from 'ua-parser-js';

/** Who is at the other end of a sign-in: the address, the request's headers and the device cookie. */
export type SignInClient = { address: string; headers: Headers; deviceId?: string | null };

/** The long-lived cookie that tells one browser from another (new-device mails, decision 0019). */
export const DEVICE_COOKIE = 'glokal_device';
export const DEVICE_COOKIE_MAX_AGE = 60 * 60 * 24 * 400;

export function sha256(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}

/** The address typed on a failed sign-in for no account: kept only as a hash, to see repeated attempts. */
export function emailHash(email: string): string {
	return sha256(`email:${email.trim().toLowerCase()}`);
}

/** The user agent as a person recognises it: "Firefox on Windows", "Safari on iOS". Null when unknown. */
export function deviceSummary(userAgent: string | null | undefined): string | null {
	if (!userAgent) return null;
	const parsed = new UAParser(userAgent.slice(0, 512)).getResult();
	const browser = parsed.browser.name;
	const os = parsed.os.name;
	if (browser && os) return `${browser} on ${os}`;
	return browser ?? os ?? null;
}

/** What we keep of a client: never more than 512 characters of user agent. */
export function clientFields(client: SignInClient | undefined) {
	const userAgent = client?.headers.get('user-agent')?.slice(0, 512) ?? null;
	return {
		ipAddress: client?.address.slice(0, 64) ?? null,
		userAgent,
		device: deviceSummary(userAgent),
		deviceHash: client?.deviceId ? sha256(`device:${client.deviceId}`) : null
	};
}
