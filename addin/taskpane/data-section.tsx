import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Text,
} from '@fluentui/react-components';
import type { EditionSummary } from '../../shared/api/editions';
import type { SpringRuntime } from '../runtime';
import type { Language } from '../i18n/language';
import type { PaneMessage } from '../i18n/messages/pane';
import { dashboardSpec } from '../workbook/dashboard';
import { pullTable, PullCancelledError, refreshAllTables, type PullProgress } from '../workbook/pull';
import type { SpringTableKind } from '../workbook/spring-tables';
import type { WorkbookWriter } from '../workbook/writer';
import { recalculateWorkbook } from '../workbook/recalculate';
import { BudgetPublish } from './budget-publish';
import type { Translate } from './translate';

const INSERTS: [SpringTableKind, PaneMessage][] = [
  ['Projects', 'insertProjects'],
  ['Firms', 'insertFirms'],
  ['Exports', 'insertExports'],
  ['Budget', 'insertBudget'],
];

type Outcome = { intent: 'success' | 'warning' | 'error'; text: string };

/** Picks an edition, inserts its tables, refreshes every Spring table; shows progress with Cancel. */
export function DataSection({
  runtime,
  writer,
  language,
  generation,
  t,
}: {
  runtime: SpringRuntime;
  writer: WorkbookWriter;
  language: Language;
  /** Changes when the user refreshes: the editions list is read again (the client's cache was cleared). */
  generation: number;
  t: Translate;
}) {
  const [editions, setEditions] = useState<EditionSummary[]>([]);
  const [edition, setEdition] = useState<string>();
  const [progress, setProgress] = useState<PullProgress>();
  const [outcome, setOutcome] = useState<Outcome>();
  const controller = useRef<AbortController>(undefined);

  // Read once per service and sign-in (this section is mounted per sign-in) and again after Refresh; the
  // client keeps the list, so a re-render asks nothing.
  const failedText = t('failed');
  useEffect(() => {
    runtime.client.editions().then(
      (items) => {
        setEditions(items);
        setEdition((current) => current ?? items[0]?.id);
      },
      (error: unknown) => setOutcome({ intent: 'error', text: `${failedText}: ${(error as Error).message}` }),
    );
  }, [runtime, generation, failedText]);

  /** Runs one pull with a fresh AbortController, progress shown, the outcome reported. */
  const run = (work: (signal: AbortSignal, onProgress: (p: PullProgress) => void) => Promise<string>) => {
    controller.current = new AbortController();
    setOutcome(undefined);
    setProgress({ phase: 'reading', done: 0 });
    work(controller.current.signal, setProgress)
      .then(
        (text) => setOutcome({ intent: 'success', text }),
        (error: unknown) =>
          setOutcome(
            error instanceof PullCancelledError
              ? { intent: 'warning', text: t('cancelled') }
              : { intent: 'error', text: `${t('failed')}: ${(error as Error).message}` },
          ),
      )
      .finally(() => setProgress(undefined));
  };

  const insert = (kind: SpringTableKind) =>
    edition &&
    run(async (signal, onProgress) => {
      const result = await pullTable(runtime.client.api, writer, kind, edition, { signal, onProgress });
      return `${result.table}: ${result.rows} ${t('rowsSoFar')} ${result.refreshed ? t('updated') : t('inserted')}`;
    });

  const insertDashboard = () => {
    const chosen = editions.find((candidate) => candidate.id === edition);
    if (!chosen) return;
    run(async (signal) => {
      const [indicators, budget] = await Promise.all([
        runtime.client.editionIndicators(chosen.id),
        runtime.client.budget(chosen.id),
      ]);
      if (signal.aborted) throw new PullCancelledError();
      const spec = dashboardSpec(chosen, indicators, budget, language);
      await writer.writeDashboard(spec);
      return `${t('dashboardInserted')} ${spec.sheetName}`;
    });
  };

  const refreshAll = () =>
    run(async (signal, onProgress) => {
      runtime.client.refresh();
      const tables = await refreshAllTables(runtime.client.api, writer, { signal, onProgress });
      await recalculateWorkbook();
      return tables.length === 0 ? t('noTables') : `${t('tablesRefreshed')}: ${tables.join(', ')}`;
    });

  const busy = progress !== undefined;
  const canPublish =
    runtime.session.signedIn?.roles.some((role) => role === 'finance' || role === 'admin') ?? false;
  const selected = editions.find((candidate) => candidate.id === edition);
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Field label={t('edition')}>
        <Dropdown
          value={selected?.label ?? ''}
          selectedOptions={edition ? [edition] : []}
          onOptionSelect={(_, data) => data.optionValue && setEdition(data.optionValue)}
          disabled={busy}
        >
          {editions.map((candidate) => (
            <Option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        {INSERTS.map(([kind, label]) => (
          <Button key={kind} onClick={() => insert(kind)} disabled={busy || !edition}>
            {t(label)}
          </Button>
        ))}
      </div>
      <Button onClick={insertDashboard} disabled={busy || !edition}>
        {t('insertDashboard')}
      </Button>
      <Button onClick={refreshAll} disabled={busy}>
        {t('refreshTables')}
      </Button>
      {progress && (
        <div
          role="status"
          aria-label={t(progress.phase === 'reading' ? 'reading' : 'writing')}
          style={{ display: 'grid', gap: 4 }}
        >
          <ProgressBar value={progress.total ? progress.done / progress.total : undefined} />
          <Text size={200}>
            {t(progress.phase === 'reading' ? 'reading' : 'writing')} {progress.done}
            {progress.total ? ` / ${progress.total}` : ''} {t('rowsSoFar')}
          </Text>
          <Button onClick={() => controller.current?.abort()}>{t('cancel')}</Button>
        </div>
      )}
      {canPublish && edition && (
        <BudgetPublish api={runtime.client.api} writer={writer} edition={edition} t={t} />
      )}
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
