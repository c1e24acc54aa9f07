import { useCallback, useEffect, useState } from 'react';
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import type { Health } from '../../shared/api/health';
import { EMPTY_DATASET, SYNTHETIC_DATASET } from '../../shared/api/health';
import { fetchHealth } from '../api/health';
import type { Translate } from './translate';

type Status = { state: 'checking' } | { state: 'ok'; health: Health } | { state: 'down'; reason: string };

/** Shows whether the Spring service answers, its version and which dataset it serves. */
export function ServiceStatus({ serviceUrl, t }: { serviceUrl: string; t: Translate }) {
  const [status, setStatus] = useState<Status>({ state: 'checking' });
  const check = useCallback(() => {
    setStatus({ state: 'checking' });
    fetchHealth(serviceUrl).then(
      (health) => setStatus({ state: 'ok', health }),
      (error: unknown) =>
        setStatus({ state: 'down', reason: error instanceof Error ? error.message : String(error) }),
    );
  }, [serviceUrl]);
  useEffect(check, [check]);

  if (status.state === 'checking') return <Spinner size="tiny" label={t('checking')} />;
  if (status.state === 'down') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t('unreachable')}</MessageBarTitle>
          {status.reason}. {t('unreachableHint')}
        </MessageBarBody>
        <Button onClick={check}>{t('retry')}</Button>
      </MessageBar>
    );
  }
  const { version, dataset } = status.health;
  return (
    <div role="status" aria-label={t('serviceHeading')} style={{ display: 'grid', gap: 6 }}>
      <div>
        <Badge color="success" appearance="filled">
          {t('connected')}
        </Badge>{' '}
        <Text>{serviceUrl}</Text>
      </div>
      <Text>
        {t('version')}: <strong>{version}</strong> · {t('dataset')}: <strong>{dataset}</strong>
      </Text>
      {dataset === SYNTHETIC_DATASET && <Text size={200}>{t('syntheticNote')}</Text>}
      {dataset === EMPTY_DATASET && <Text size={200}>{t('emptyNote')}</Text>}
    </div>
  );
}
