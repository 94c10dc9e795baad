import type { Operation } from './types';

export const governanceOperations: Operation[] = [];
