import type { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { AnalyticsConfiguration } from '../props';

/** `AnalyticsConfiguration`: the Pinpoint application's ARN, or its id, external id and role. */
export function renderAnalytics(analytics: AnalyticsConfiguration | undefined): CfnUserPoolClient.AnalyticsConfigurationProperty | undefined {
  if (!analytics) {
    return undefined;
  }
  return {
    applicationArn: analytics.application?.attrArn,
    applicationId: analytics.applicationId,
    externalId: analytics.externalId,
    roleArn: analytics.role?.roleRef.roleArn,
    userDataShared: analytics.shareUserData,
  };
}
