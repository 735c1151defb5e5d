export * from './props';
export * from './user-pool-client';
