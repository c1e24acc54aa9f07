import { useEffect, useState } from 'react';
import { Button, Field, Input, Text } from '@fluentui/react-components';
import { loadAuthConfig } from '../api/auth-config';
import { fetchHealth } from '../api/health';
import type { SignInKeeper } from '../api/sign-in-keeper';
import { WRAP } from './notice';
import type { Translate } from './translate';

/**
 * The Spring service's address: the page's own origin. It can be changed only when the pane is served by
 * the local server (development sign-in); a deployed pane's content security policy allows no other
 * origin. Connecting first asks the new address for its health: where nothing answers, the pane says so
 * and stays with the current service and sign-in; where a service answers, it signs out of the old one
 * and restores the sign-in kept for the new one.
 */
export function ServiceAddress({
  keeper,
  serviceUrl,
  onChange,
  t,
}: {
  keeper: SignInKeeper;
  serviceUrl: string;
  onChange: (url: string) => void;
  t: Translate;
}) {
  const [text, setText] = useState(serviceUrl);
  const [problem, setProblem] = useState<string>();
  const [connecting, setConnecting] = useState(false);
  // Unknown until /auth-config.json answers: the field is shown disabled meanwhile, so that the pane's
  // layout does not jump under the user's pointer when it becomes editable.
  const [servedLocally, setServedLocally] = useState<boolean>();
  useEffect(() => {
    loadAuthConfig(window.location.origin).then(
      (config) => setServedLocally(config.mode === 'development'),
      () => setServedLocally(false),
    );
  }, []);

  if (servedLocally === false) return <Text size={200}>{t('serviceFixed')}</Text>;
  const connect = () => {
    let url: URL;
    try {
      url = new URL(text.trim());
    } catch {
      setProblem(t('addressInvalid'));
      return;
    }
    if (url.protocol !== 'https:') {
      setProblem(t('addressHttps'));
      return;
    }
    if (url.origin === serviceUrl) {
      setProblem(undefined);
      return;
    }
    setProblem(undefined);
    setConnecting(true);
    fetchHealth(url.origin)
      .then(
        () => {
          void keeper.connect(url.origin);
          onChange(url.origin);
        },
        () => setProblem(t('addressDown', { address: url.origin, current: serviceUrl })),
      )
      .finally(() => setConnecting(false));
  };
  return (
    <div style={{ display: 'grid', gap: 8, ...WRAP }}>
      <Field label={t('serviceAddress')} validationMessage={problem} style={WRAP}>
        <Input
          disabled={!servedLocally || connecting}
          value={text}
          type="url"
          onChange={(_, data) => setText(data.value)}
          onKeyDown={(event) => event.key === 'Enter' && connect()}
        />
      </Field>
      <Button onClick={connect} disabled={!servedLocally || connecting} style={{ justifySelf: 'start' }}>
        {connecting ? t('connecting') : t('connect')}
      </Button>
    </div>
  );
}
