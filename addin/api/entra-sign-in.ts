import type { AuthConfig } from '../../shared/api/auth';
import { holderOf } from './dev-sign-in';
import type { Session, SignedIn } from './session';

/** The MSAL calls the sign-in needs (an `IPublicClientApplication` has them). */
export interface TokenClient {
  acquireTokenSilent(request: { scopes: string[] }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string }>;
}

/** How the sign-in reaches Office and MSAL; the defaults are the real ones, tests pass their own. */
export interface EntraDeps {
  /** Whether Office offers nested app authentication (requirement set NestedAppAuth 1.1). */
  nestedAppAuthSupported: () => boolean;
  /** MSAL's nestable public client for the add-in's app registration. */
  createNestableClient: (config: AuthConfig) => Promise<TokenClient>;
  /** The fallback: a token obtained in an Office dialog running MSAL's redirect flow. */
  tokenFromDialog: (config: AuthConfig) => Promise<string>;
}

/** The authority of a single-tenant app registration. */
export const authorityOf = (config: AuthConfig) => `https://login.microsoftonline.com/${config.tenantId}`;

/**
 * Signs in with Microsoft Entra ID: through Office's nested app authentication where the host supports
 * it (silently, then with a popup), otherwise in an Office dialog. The session then carries the API
 * access token; its roles come from the token's app roles.
 */
export async function entraSignIn(session: Session, config: AuthConfig, deps: EntraDeps): Promise<SignedIn> {
  let token: string;
  if (deps.nestedAppAuthSupported()) {
    const client = await deps.createNestableClient(config);
    const request = { scopes: config.scopes };
    token = (await client.acquireTokenSilent(request).catch(() => client.acquireTokenPopup(request)))
      .accessToken;
  } else {
    token = await deps.tokenFromDialog(config);
  }
  const signedIn = holderOf(token);
  session.signIn(signedIn);
  return signedIn;
}
