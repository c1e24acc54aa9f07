import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
} from '@fluentui/react-components';
import type { AuthConfig } from '../../shared/api/auth';
import type { Role } from '../../shared/schemas';
import type { Session } from '../api/session';
import type { SignInKeeper } from '../api/sign-in-keeper';
import { isApiError } from '../errors';
import type { PaneMessage } from '../i18n/messages/pane';
import type { Translate } from './translate';

const ROLE_LABELS: Record<Role, PaneMessage> = {
  officer: 'roleOfficer',
  finance: 'roleFinance',
  admin: 'roleAdmin',
};

/**
 * Follows the session's sign-in, re-rendering on every change; a change made between the first render
 * and the subscription (a sign-in restored while the pane loads) is not missed.
 */
export function useSignedIn(session: Session) {
  const subscribe = useCallback(
    (onStoreChange: () => void) => {
      const stop = session.onChange(onStoreChange);
      return () => void stop();
    },
    [session],
  );
  return useSyncExternalStore(subscribe, () => session.signedIn);
}

/** How the current service signs in, read again when the service changes (null when it cannot tell). */
function useAuthConfig(keeper: SignInKeeper, serviceUrl: string) {
  const [config, setConfig] = useState<AuthConfig | null>();
  useEffect(() => {
    setConfig(undefined);
    keeper.authConfig().then(setConfig, () => setConfig(null));
  }, [keeper, serviceUrl]);
  return config;
}

/**
 * Signs in (with Microsoft Entra ID where the deployment configures it; on the local server with a
 * development role), shows who is signed in, signs out. The sign-in itself lives in the runtime's
 * {@link SignInKeeper}, which the custom functions share.
 */
export function SignIn({ session, keeper, t }: { session: Session; keeper: SignInKeeper; t: Translate }) {
  const signedIn = useSignedIn(session);
  const authConfig = useAuthConfig(keeper, session.serviceUrl);
  const [role, setRole] = useState<Role>('officer');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const entra = authConfig?.mode === 'entra';

  const signIn = () => {
    setBusy(true);
    setFailure(undefined);
    keeper
      .signIn(role)
      .catch((error: unknown) =>
        setFailure(
          isApiError(error) && error.status === 404
            ? t('devSignInMissing')
            : String((error as Error).message),
        ),
      )
      .finally(() => setBusy(false));
  };

  if (signedIn) {
    return (
      <div style={{ display: 'grid', gap: 8 }}>
        <Text role="status" aria-label={t('signInHeading')}>
          {t('signedInAs')} <strong>{signedIn.name}</strong> (
          {signedIn.roles.map((r) => t(ROLE_LABELS[r])).join(', ')})
        </Text>
        <Button onClick={() => void keeper.signOut()}>{t('signOut')}</Button>
      </div>
    );
  }
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Text role="status" aria-label={t('signInHeading')}>
        {t('notSignedIn')}
      </Text>
      {entra ? null : (
        <Field label={t('role')}>
          <Dropdown
            value={t(ROLE_LABELS[role])}
            selectedOptions={[role]}
            onOptionSelect={(_, data) => data.optionValue && setRole(data.optionValue as Role)}
          >
            {(Object.keys(ROLE_LABELS) as Role[]).map((option) => (
              <Option key={option} value={option}>
                {t(ROLE_LABELS[option])}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Button appearance="primary" onClick={signIn} disabled={busy || authConfig === undefined}>
        {entra ? t('signInMicrosoft') : t('signIn')}
      </Button>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('signInFailed')}: {failure}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
