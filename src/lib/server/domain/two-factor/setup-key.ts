import { and, eq } from 'drizzle-orm';
import { symmetricDecrypt } from 'better-auth/crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { auth } from '$lib/server/auth';
import { db } from '$lib/server/db/client';
import { twoFactors, users } from '$lib/server/db/schema';

/** What the setup page shows: the QR code (SVG made here, no third party) and the key to type by hand. */
export type SetupKey = { uri: string; secret: string; qrSvg: string };

/**
 * The key of a setup not yet confirmed, to show again after a wrong first code. better-auth keeps it
 * encrypted with AUTH_SECRET and makes the same otpauth:// URI from the secret's bytes.
 */
export async function pendingSetupKey(userId: string): Promise<SetupKey | null> {
	const [row] = await db()
		.select({ secret: twoFactors.secret, email: users.email })
		.from(twoFactors)
		.innerJoin(users, eq(users.id, twoFactors.userId))
		.where(and(eq(twoFactors.userId, userId), eq(twoFactors.verified, false)));
	if (!row) return null;
	const context = await auth().$context;
	const secret = await symmetricDecrypt({ key: context.secretConfig, data: row.secret });
	const totp = new TOTP({
		issuer: 'Glokal',
		label: row.email,
		secret: new Secret({ buffer: new TextEncoder().encode(secret).buffer as ArrayBuffer })
	});
	const uri = totp.toString();
	return {
		uri,
		// In groups of four, as authenticator apps show and accept it.
		secret: totp.secret.base32.replace(/(.{4})(?=.)/g, '$1 '),
		qrSvg: await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
	};
}
