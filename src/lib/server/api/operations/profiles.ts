import type { Operation } from './types';

export const profilesOperations: Operation[] = [];
