import { eq } from 'drizzle-orm';
import { auth } from '$lib/server/auth';
import { db } from '$lib/server/db/client';
import { twoFactors, users } from '$lib/server/db/schema';

export type TwoFactorStatus = { enabled: boolean; recoveryCodesLeft: number };

/** Whether a person signs in with a code, and how many unused recovery codes they have. */
export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
	const [row] = await db()
		.select({ enabled: users.twoFactorEnabled, verified: twoFactors.verified })
		.from(users)
		.leftJoin(twoFactors, eq(twoFactors.userId, users.id))
		.where(eq(users.id, userId));
	if (!row?.enabled || !row.verified) return { enabled: false, recoveryCodesLeft: 0 };
	const { backupCodes } = await auth().api.viewBackupCodes({ body: { userId } });
	return { enabled: true, recoveryCodesLeft: backupCodes.length };
}
