/**
 * auth-dialog.js: the Office dialog of the sign-in fallback (hosts without nested app authentication).
 * Runs MSAL's redirect flow against Entra ID and hands the access token to the task pane.
 */
import { PublicClientApplication } from '@azure/msal-browser';
import { loadAuthConfig } from '../api/auth-config';
import { AUTH_DIALOG_PAGE } from '../api/entra-office';
import { authorityOf } from '../api/entra-sign-in';

const tell = (message: { token?: string; error?: string }) =>
  Office.context.ui.messageParent(JSON.stringify(message));

async function main(): Promise<void> {
  await Office.onReady();
  const config = await loadAuthConfig(location.origin);
  if (config.mode !== 'entra') {
    tell({ error: 'This service has no Microsoft sign-in configured' });
    return;
  }
  const client = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: authorityOf(config),
      redirectUri: new URL(AUTH_DIALOG_PAGE, location.origin).href,
    },
  });
  await client.initialize();
  const result = await client.handleRedirectPromise();
  if (result) tell({ token: result.accessToken });
  else await client.loginRedirect({ scopes: config.scopes });
}

main().catch((error: unknown) => tell({ error: error instanceof Error ? error.message : String(error) }));
