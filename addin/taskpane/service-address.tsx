import { useState } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import type { Session } from '../api/session';
import type { Translate } from './use-translate';

/** The Spring service's address (by default the page's origin); changing it signs out. */
export function ServiceAddress({
  session,
  onChange,
  t,
}: {
  session: Session;
  onChange: (url: string) => void;
  t: Translate;
}) {
  const [text, setText] = useState(session.serviceUrl);
  const [problem, setProblem] = useState<string>();
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
    setProblem(undefined);
    session.setServiceUrl(url.origin);
    onChange(url.origin);
  };
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'end' }}>
      <Field label={t('serviceAddress')} validationMessage={problem} style={{ flex: 1 }}>
        <Input
          value={text}
          onChange={(_, data) => setText(data.value)}
          onKeyDown={(event) => event.key === 'Enter' && connect()}
        />
      </Field>
      <Button onClick={connect}>{t('connect')}</Button>
    </div>
  );
}
