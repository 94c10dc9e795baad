import type { Operation } from './types';

export const tokensOperations: Operation[] = [];
