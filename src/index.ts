export * from './branding-values';
export * from './managed-login-branding';
export * from './props';
export * from './terms-documents';
export * from './terms-values';
export * from './user-pool-client';
