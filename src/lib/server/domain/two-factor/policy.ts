/** Staff see everyone's data: their accounts need a second factor (decision 0019). Others choose. */
export function mustUseTwoFactor(user: { isStaff: boolean }): boolean {
	return user.isStaff;
}

/** A staff account without two-factor sign-in is sent to set it up before anything else. */
export function needsTwoFactorSetup(user: { isStaff: boolean; twoFactorEnabled: boolean }): boolean {
	return mustUseTwoFactor(user) && !user.twoFactorEnabled;
}
