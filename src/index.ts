export * from './client/props';
export * from './client/user-pool-client';
export * from './branding/values';
export * from './branding/props';
export * from './branding/managed-login-branding';
export * from './terms/values';
export * from './terms/props';
export * from './terms/terms-documents';
