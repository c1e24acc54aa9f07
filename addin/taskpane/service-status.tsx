import { useCallback, useEffect, useState } from 'react';
import { Badge, Button, Spinner, Text } from '@fluentui/react-components';
import type { Health } from '../../shared/api/health';
import { EMPTY_DATASET, SYNTHETIC_DATASET } from '../../shared/api/health';
import { fetchHealth } from '../api/health';
import { Notice, WRAP } from './notice';
import type { Translate } from './translate';

type Status = { state: 'checking' } | { state: 'ok'; health: Health } | { state: 'down'; reason: string };

/** The dataset's name as the user reads it: the two the service names itself are translated. */
function datasetLabel(dataset: string, t: Translate): string {
  if (dataset === SYNTHETIC_DATASET) return t('datasetSynthetic');
  if (dataset === EMPTY_DATASET) return t('datasetEmpty');
  return dataset;
}

/**
 * Shows whether the Spring service answers, its version and which dataset it serves; tells the pane
 * what it learnt (`onHealth`, undefined while unknown or down).
 */
export function ServiceStatus({
  serviceUrl,
  onHealth,
  t,
}: {
  serviceUrl: string;
  onHealth: (health: Health | undefined) => void;
  t: Translate;
}) {
  const [status, setStatus] = useState<Status>({ state: 'checking' });
  const check = useCallback(() => {
    setStatus({ state: 'checking' });
    onHealth(undefined);
    fetchHealth(serviceUrl).then(
      (health) => {
        setStatus({ state: 'ok', health });
        onHealth(health);
      },
      (error: unknown) =>
        setStatus({ state: 'down', reason: error instanceof Error ? error.message : String(error) }),
    );
  }, [serviceUrl, onHealth]);
  useEffect(check, [check]);

  if (status.state === 'checking') return <Spinner size="tiny" label={t('checking')} />;
  if (status.state === 'down') {
    return (
      <div style={{ display: 'grid', gap: 8 }}>
        <Notice
          notice={{
            intent: 'error',
            title: t('unreachable'),
            text: t('unreachableHint'),
            detail: status.reason,
          }}
          t={t}
        />
        <Button onClick={check} style={{ justifySelf: 'start' }}>
          {t('retry')}
        </Button>
      </div>
    );
  }
  const { version, dataset } = status.health;
  return (
    <div role="status" aria-label={t('serviceHeading')} style={{ display: 'grid', gap: 6, ...WRAP }}>
      <div style={WRAP}>
        <Badge color="success" appearance="filled">
          {t('connected')}
        </Badge>{' '}
        <Text style={WRAP}>{serviceUrl}</Text>
      </div>
      <Text style={WRAP}>
        {t('version')}: <strong>{version}</strong> · {t('dataset')}:{' '}
        <strong>{datasetLabel(dataset, t)}</strong>
      </Text>
      {dataset === SYNTHETIC_DATASET && <Text size={200}>{t('syntheticNote')}</Text>}
      {dataset === EMPTY_DATASET && <Text size={200}>{t('emptyNote')}</Text>}
    </div>
  );
}
