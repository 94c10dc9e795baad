import { adminOperations } from './admin';
import { callsOperations } from './calls';
import { expressionsOperations } from './expressions';
import { matchmakingOperations } from './matchmaking';
import { profilesOperations } from './profiles';
import { reviewsOperations } from './reviews';
import { governanceOperations } from './governance';
import { partnershipsOperations } from './partnerships';
import { planOperations } from './plan';
import { tokensOperations } from './tokens';
import type { Operation } from './types';

/** Every signed-in endpoint of /api/v1, one file per module. */
export const operations: Operation[] = [
	...partnershipsOperations,
	...governanceOperations,
	...planOperations,
	...adminOperations,
	...tokensOperations,
	...callsOperations,
	...profilesOperations,
	...expressionsOperations,
	...reviewsOperations,
	...matchmakingOperations
];
