export * from './auth';
export * from './networks';
export * from './organisations';
export * from './partnerships';
export * from './programmes';
export * from './audit';
