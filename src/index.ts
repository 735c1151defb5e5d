// Not `export *`: client/props also re-exports aws-cdk-lib's structs for this library's modules,
// and the props take those structs themselves (no copies of ours).
export type { ResourcesOutsideApp, UserPoolClientProps } from './client/props';
export * from './client/user-pool-client';
export * from './branding/values';
export * from './branding/props';
export * from './branding/managed-login-branding';
export * from './terms/values';
export * from './terms/props';
export * from './terms/terms-documents';
export * from './rules/checks/user-pool-client-checks';
