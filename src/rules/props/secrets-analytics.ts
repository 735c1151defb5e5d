import { Token } from 'aws-cdk-lib';
import { APPLICATION_ID_TEXT, ARN_MAX_LENGTH, ARN_MIN_LENGTH, ARN_TEXT } from '../limits';
import { MessageText } from '../engine';
import { at, found, NONE } from '../rule';
import type { Rule } from '../rule';
import { API_ANALYTICS, API_CLIENT_TYPE, API_MODEL, CDK_CLIENT } from '../sources';
import { LiteralView } from '../tokens';

/** Settings that need the client secret, and analytics. */
export const SECRET_AND_ANALYTICS_RULES: readonly Rule[] = [
  {
    id: 'context-data-needs-secret',
    level: 'error',
    property: 'enablePropagateAdditionalUserContextData',
    requirement: 'needs generateSecret turned on',
    source: `${API_CLIENT_TYPE} (EnablePropagateAdditionalUserContextData: "You can only activate EnablePropagateAdditionalUserContextData in an app client that has a client secret")`,
    check: ({ contextData, generateSecret }) => (contextData?.value === true && !generateSecret ? at(contextData) : NONE),
  },
  {
    id: 'analytics-target',
    level: 'error',
    property: 'analytics',
    requirement: 'must give either application, or all of applicationId, externalId and role',
    source: `${CDK_CLIENT} (analytics); ${API_ANALYTICS}`,
    check: ({ analytics }) => {
      if (analytics === undefined) {
        return NONE;
      }
      const valid = analytics.byApplication ? analytics.byId.every((given) => !given) : analytics.byId.every((given) => given);
      return found(!valid, analytics.path, new MessageText(`{ ${analytics.targetFields.join(', ')} }`));
    },
  },
  {
    id: 'analytics-application-id',
    level: 'error',
    property: 'analytics.applicationId',
    requirement: 'must be a Pinpoint project id of hexadecimal digits',
    source: `${API_ANALYTICS} (ApplicationId: pattern ^[0-9a-fA-F]+$)`,
    check: ({ analytics }) => {
      const id = analytics?.applicationId;
      return id !== undefined && new LiteralView(id.value).breaksTextConstraint(Infinity, APPLICATION_ID_TEXT) ? at(id) : NONE;
    },
  },
  {
    id: 'analytics-role-arn',
    level: 'error',
    property: 'analytics.role',
    requirement: `must be a role whose ARN is ${ARN_MIN_LENGTH} to ${ARN_MAX_LENGTH} characters of the form arn:partition:service:region:account-id:resource`,
    source: `${API_ANALYTICS} (RoleArn: ArnType); ${API_MODEL} (ArnType: pattern arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?)`,
    check: ({ analytics }) => {
      const arn = analytics?.roleArn;
      if (arn === undefined || Token.isUnresolved(arn.value)) {
        return NONE;
      }
      return arn.value.length < ARN_MIN_LENGTH || arn.value.length > ARN_MAX_LENGTH || !ARN_TEXT.test(arn.value) ? at(arn) : NONE;
    },
  },
];
