import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Button, Dropdown, Field, Input, Option, Text } from '@fluentui/react-components';
import { DISPLAY_NAME_MAX, type AuthConfig } from '../../shared/api/auth';
import type { Role } from '../../shared/schemas';
import type { Session } from '../api/session';
import type { SignInKeeper } from '../api/sign-in-keeper';
import { isApiError } from '../errors';
import type { PaneMessage } from '../i18n/messages/pane';
import { describeError } from './describe-error';
import { Notice, WRAP, type NoticeContent } from './notice';
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
 * development role and the name colleagues will see), shows who is signed in, signs out. The sign-in
 * itself lives in the runtime's {@link SignInKeeper}, which the custom functions share. After signing
 * in, the focus moves to the line saying who is signed in.
 */
export function SignIn({ session, keeper, t }: { session: Session; keeper: SignInKeeper; t: Translate }) {
  const signedIn = useSignedIn(session);
  const authConfig = useAuthConfig(keeper, session.serviceUrl);
  const [role, setRole] = useState<Role>('officer');
  const [name, setName] = useState('');
  const [nameProblem, setNameProblem] = useState<string>();
  const [failure, setFailure] = useState<NoticeContent>();
  const [busy, setBusy] = useState(false);
  const justSignedIn = useRef(false);
  const status = useRef<HTMLSpanElement>(null);
  const entra = authConfig?.mode === 'entra';

  useEffect(() => {
    if (signedIn && justSignedIn.current) status.current?.focus();
    justSignedIn.current = false;
  }, [signedIn]);

  const signIn = () => {
    const trimmed = name.trim();
    if (!entra && trimmed === '') {
      setNameProblem(t('displayNameMissing'));
      return;
    }
    setNameProblem(undefined);
    setBusy(true);
    setFailure(undefined);
    justSignedIn.current = true;
    keeper
      .signIn({ role, name: trimmed })
      .catch((error: unknown) => {
        justSignedIn.current = false;
        setFailure({
          intent: 'error',
          title: t('signInFailed'),
          ...(isApiError(error) && error.status === 404
            ? { text: t('devSignInMissing') }
            : describeError(error, t)),
        });
      })
      .finally(() => setBusy(false));
  };

  if (signedIn) {
    const roles = signedIn.roles.map((r) => t(ROLE_LABELS[r])).join(', ');
    return (
      <div style={{ display: 'grid', gap: 8, ...WRAP }}>
        <Text ref={status} tabIndex={-1} role="status" aria-label={t('signInHeading')} style={WRAP}>
          {signedIn.name ? t('signedInAs', { name: signedIn.name, roles }) : t('signedInRoles', { roles })}
        </Text>
        <Button onClick={() => void keeper.signOut()} style={{ justifySelf: 'start' }}>
          {t('signOut')}
        </Button>
      </div>
    );
  }
  return (
    <div style={{ display: 'grid', gap: 8, ...WRAP }}>
      <Text role="status" aria-label={t('signInHeading')} style={WRAP}>
        {t('notSignedIn')}
      </Text>
      {entra ? null : (
        <>
          <Field
            label={t('displayName')}
            hint={t('displayNameHint')}
            validationMessage={nameProblem}
            required
            style={WRAP}
          >
            <Input
              value={name}
              maxLength={DISPLAY_NAME_MAX}
              autoComplete="name"
              onChange={(_, data) => setName(data.value)}
              onKeyDown={(event) => event.key === 'Enter' && signIn()}
            />
          </Field>
          <Field label={t('role')} style={WRAP}>
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
        </>
      )}
      <Button
        appearance="primary"
        onClick={signIn}
        disabled={busy || authConfig === undefined}
        style={{ justifySelf: 'start' }}
      >
        {busy ? t('signingIn') : entra ? t('signInMicrosoft') : t('signIn')}
      </Button>
      <Notice notice={failure} focus t={t} />
    </div>
  );
}
