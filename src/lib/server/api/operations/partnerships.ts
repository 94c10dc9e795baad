import type { Operation } from './types';

export const partnershipsOperations: Operation[] = [];
