/**
 * Sign-in: a Cognito user pool with one group per role and an app client for
 * the web app. The API accepts the client's access tokens only.
 */
import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolClient,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { roles, serviceWideRoles } from "../../../shared/roles";

export interface AuthProps {
  serviceName: string;
}

/** Council staff roles. Their accounts hold case data across the service. */
export const staffRoles = [...serviceWideRoles, "panel-member", "finance"] as const;

export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);

    this.userPool = new UserPool(this, "UserPool", {
      userPoolName: `${props.serviceName}-users`,
      // Families create their own accounts. The API rejects an account until
      // it belongs to exactly one role group.
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // NOTE: Cognito cannot require MFA for some groups only. Families sign in
      // without it, but staff groups must use MFA: the pool offers
      // authenticator apps, and staff accounts are created with MFA set up.
      // Nothing in this stack rejects a staff sign-in without MFA yet.
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    Validations.of(this.userPool).acknowledge({
      id: "AwsSolutions-COG2",
      reason:
        "MFA is optional at pool level because Cognito cannot require it per group: " +
        "families sign in without it, and staff accounts are set up with an authenticator app",
    });

    for (const role of roles) {
      new CfnUserPoolGroup(this, `Group-${role}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: role,
        description: staffRoles.includes(role as (typeof staffRoles)[number])
          ? `Council staff role ${role}; members must use MFA`
          : `Role ${role}`,
      });
    }

    this.webClient = this.userPool.addClient("WebClient", {
      userPoolClientName: `${props.serviceName}-web`,
      generateSecret: false,
      authFlows: { userSrp: true },
      disableOAuth: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
    });
  }
}
