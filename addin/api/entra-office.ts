/** The real Office and MSAL behind {@link EntraTokens}: nested app authentication, or an Office dialog. */
import { createNestablePublicClientApplication } from '@azure/msal-browser';
import type { EntraAuthConfig } from '../../shared/api/auth';
import { authorityOf, type EntraDeps } from './entra-sign-in';

/** The page the dialog fallback opens: it runs MSAL's redirect flow and hands the token back. */
export const AUTH_DIALOG_PAGE = '/auth-dialog.html';

// The dialog page reads the same /auth-config.json itself, so the settings are not passed along.
function tokenFromDialog(_config: EntraAuthConfig): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = new URL(AUTH_DIALOG_PAGE, location.origin).href;
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`The sign-in window did not open: ${opened.error.message}`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        const message = JSON.parse((arg as { message: string }).message) as {
          token?: string;
          error?: string;
        };
        if (message.token) resolve(message.token);
        else reject(new Error(message.error ?? 'The sign-in window gave no token'));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () =>
        reject(new Error('The sign-in window was closed')),
      );
    });
  });
}

/** The real dependencies of the Entra sign-in, in Office. */
export const OFFICE_ENTRA: EntraDeps = {
  // The runtime may start before Office is ready (a calculation opens it): requirements are read after onReady.
  nestedAppAuthSupported: async () => {
    if (typeof Office === 'undefined') return false;
    await Office.onReady();
    return Boolean(Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1'));
  },
  createNestableClient: (config) =>
    createNestablePublicClientApplication({
      auth: { clientId: config.clientId, authority: authorityOf(config) },
    }),
  tokenFromDialog,
};
