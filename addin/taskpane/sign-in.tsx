import { useEffect, useState } from 'react';
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
} from '@fluentui/react-components';
import type { Role } from '../../shared/schemas';
import type { AuthConfig } from '../../shared/api/auth';
import { loadAuthConfig } from '../api/auth-config';
import { devSignIn } from '../api/dev-sign-in';
import { OFFICE_ENTRA } from '../api/entra-office';
import { entraSignIn } from '../api/entra-sign-in';
import type { Session } from '../api/session';
import { isApiError } from '../errors';
import type { StringKey } from '../i18n/strings';
import type { Translate } from './use-translate';

const ROLE_LABELS: Record<Role, StringKey> = {
  officer: 'roleOfficer',
  finance: 'roleFinance',
  admin: 'roleAdmin',
};

/** Follows the session's sign-in, re-rendering on every change. */
export function useSignedIn(session: Session) {
  const [signedIn, setSignedIn] = useState(session.signedIn);
  useEffect(() => session.onChange((changed) => setSignedIn(changed.signedIn)), [session]);
  return signedIn;
}

/** Whether the service signs in with Entra ID (its `/auth-config.json`), or with development roles. */
function useAuthConfig(session: Session) {
  const [config, setConfig] = useState<AuthConfig | null>();
  useEffect(() => {
    loadAuthConfig(session.serviceUrl).then(
      (found) => setConfig(found ?? null),
      () => setConfig(null),
    );
  }, [session]);
  return config;
}

/**
 * Signs in (with Microsoft Entra ID where the deployment configures it; on the local server with a
 * development role), shows who is signed in, signs out.
 */
export function SignIn({ session, t }: { session: Session; t: Translate }) {
  const signedIn = useSignedIn(session);
  const authConfig = useAuthConfig(session);
  const [role, setRole] = useState<Role>('officer');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const signIn = () => {
    setBusy(true);
    setFailure(undefined);
    (authConfig ? entraSignIn(session, authConfig, OFFICE_ENTRA) : devSignIn(session, role))
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
        <Button onClick={() => session.signOut()}>{t('signOut')}</Button>
      </div>
    );
  }
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Text role="status" aria-label={t('signInHeading')}>
        {t('notSignedIn')}
      </Text>
      {authConfig ? null : (
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
        {authConfig ? t('signInMicrosoft') : t('signIn')}
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
