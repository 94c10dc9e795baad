import { randomUUID } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, type SignInClient } from './domain/sign-in-events/client';

/**
 * The client of a sign-in related request: address, headers and the long-lived device cookie, given
 * to this browser the first time it signs in (it tells a new device from a known one).
 */
export function requestClient(event: RequestEvent): SignInClient {
	let deviceId = event.cookies.get(DEVICE_COOKIE);
	if (!deviceId || !/^[0-9a-f-]{36}$/.test(deviceId)) {
		deviceId = randomUUID();
		event.cookies.set(DEVICE_COOKIE, deviceId, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			maxAge: DEVICE_COOKIE_MAX_AGE,
			secure: event.locals.origin?.startsWith('https:') ?? false
		});
	}
	return { address: event.getClientAddress(), headers: event.request.headers, deviceId };
}
