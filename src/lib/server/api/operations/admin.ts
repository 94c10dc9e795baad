import type { Operation } from './types';

export const adminOperations: Operation[] = [];
