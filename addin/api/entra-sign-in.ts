import type { EntraAuthConfig } from '../../shared/api/auth';

/** The MSAL calls the sign-in needs (an `IPublicClientApplication` has them). */
export interface TokenClient {
  acquireTokenSilent(request: { scopes: string[] }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string }>;
}

/** How the sign-in reaches Office and MSAL; the defaults are the real ones, tests pass their own. */
export interface EntraDeps {
  /** Whether Office offers nested app authentication (requirement set NestedAppAuth 1.1). */
  nestedAppAuthSupported: () => boolean | Promise<boolean>;
  /** MSAL's nestable public client for the add-in's app registration. */
  createNestableClient: (config: EntraAuthConfig) => Promise<TokenClient>;
  /** The fallback: a token obtained in an Office dialog running MSAL's redirect flow. */
  tokenFromDialog: (config: EntraAuthConfig) => Promise<string>;
}

/** The authority of a single-tenant app registration. */
export const authorityOf = (config: EntraAuthConfig) =>
  `https://login.microsoftonline.com/${config.tenantId}`;

/**
 * Access tokens for the API from Microsoft Entra ID: through Office's nested app authentication where
 * the host supports it (MSAL keeps and refreshes its own cache), otherwise in an Office dialog.
 */
export class EntraTokens {
  private client: Promise<TokenClient> | undefined;

  constructor(
    private readonly config: EntraAuthConfig,
    private readonly deps: EntraDeps,
  ) {}

  /** A token without asking the user (MSAL's cache); rejects when only an interaction can give one. */
  async silent(): Promise<string> {
    if (!(await this.deps.nestedAppAuthSupported()))
      throw new Error('Signing in without nested app authentication needs the sign-in window');
    const client = await this.nestableClient();
    return (await client.acquireTokenSilent({ scopes: this.config.scopes })).accessToken;
  }

  /** A token, asking the user if need be: silent, then a popup; the Office dialog where NAA is missing. */
  async interactive(): Promise<string> {
    if (!(await this.deps.nestedAppAuthSupported())) return this.deps.tokenFromDialog(this.config);
    const client = await this.nestableClient();
    const request = { scopes: this.config.scopes };
    return (await client.acquireTokenSilent(request).catch(() => client.acquireTokenPopup(request)))
      .accessToken;
  }

  private nestableClient(): Promise<TokenClient> {
    this.client ??= this.deps.createNestableClient(this.config);
    // A client that failed to start is not kept: the next sign-in tries again.
    this.client.catch(() => (this.client = undefined));
    return this.client;
  }
}
