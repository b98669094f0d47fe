import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';

/** The Cognito groups the handlers check in `cognito:groups`. */
export const USER_GROUPS = {
  admin: 'Read and write access to the organizations listed in custom:orgs',
  viewer: 'Read-only access to the organizations listed in custom:orgs',
} as const;

/** `redirectUrls`: where the hosted sign-in may send users back (the console's URL, allowed origins). */
export function createUserPool(
  scope: Construct,
  redirectUrls: readonly string[],
): { userPool: UserPool; client: UserPoolClient } {
  const userPool = new UserPool(scope, 'UserPool', {
    // Admins are invited (AdminCreateUser); nobody signs themselves up.
    selfSignUpEnabled: false,
    signInAliases: { email: true },
    autoVerify: { email: true },
    standardAttributes: { email: { required: true, mutable: true } },
    // `custom:orgs` in the ID token: comma-separated org ids, or `*`.
    customAttributes: { orgs: new StringAttribute({ mutable: true, minLen: 1, maxLen: 2048 }) },
    passwordPolicy: {
      minLength: 12,
      requireLowercase: true,
      requireUppercase: true,
      requireDigits: true,
      requireSymbols: true,
      tempPasswordValidity: Duration.days(3),
    },
    // These users can change every plan and subscription of their organizations: a second factor is
    // required. TOTP only; SMS would need an SNS role and a spend limit. CLI sign-ins answer the
    // SOFTWARE_TOKEN_MFA challenge of InitiateAuth with RespondToAuthChallenge.
    mfa: Mfa.REQUIRED,
    mfaSecondFactor: { otp: true, sms: false },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    // Plus tier with threat protection enforced: Cognito acts on compromised credentials and risky sign-ins.
    featurePlan: FeaturePlan.PLUS,
    standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
    deletionProtection: true,
    // Kept when the stack is updated or deleted; deleted when the deploy that created it rolls back, so
    // a failed first deploy leaves nothing behind for the retry to collide with.
    removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
  });

  for (const [groupName, description] of Object.entries(USER_GROUPS)) {
    userPool.addGroup(`${groupName[0]?.toUpperCase()}${groupName.slice(1)}Group`, {
      groupName,
      description,
    });
  }

  const client = userPool.addClient('AdminClient', {
    generateSecret: false,
    // SRP and password sign-in for CLIs that fetch a token; the console uses the code flow with PKCE.
    authFlows: { userSrp: true, userPassword: true },
    // The console's URLs are its redirect targets. Without a console there is nowhere to redirect to,
    // so the OAuth flows stay off rather than pointing at a placeholder URL. Code grant only (no implicit
    // grant); a public client without a secret, so the console proves itself with PKCE.
    ...(redirectUrls.length > 0
      ? {
          oAuth: {
            flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
            scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
            callbackUrls: [...redirectUrls],
            logoutUrls: [...redirectUrls],
          },
        }
      : { disableOAuth: true }),
    preventUserExistenceErrors: true,
    readAttributes: new ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
      .withCustomAttributes('orgs'),
    // Never `custom:orgs`: a user who could write it could grant themselves every organization.
    // Only administrators set it (AdminUpdateUserAttributes).
    writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    idTokenValidity: Duration.hours(1),
    accessTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.days(30),
  });

  return { userPool, client };
}
