import { useEffect, useRef, useState } from 'react';
import { Button, Dropdown, Field, Option, Text } from '@fluentui/react-components';
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
import { CodesGlossary } from './codes-glossary';
import { describeError } from './describe-error';
import { Notice, WRAP, type NoticeContent } from './notice';
import { ProgressLine } from './progress-line';
import type { Translate } from './translate';

const INSERTS: [SpringTableKind, PaneMessage][] = [
  ['Projects', 'insertProjects'],
  ['Firms', 'insertFirms'],
  ['Exports', 'insertExports'],
  ['Budget', 'insertBudget'],
];

/** The most recent edition: what an officer evaluating the programme most often wants first. */
const mostRecent = (editions: EditionSummary[]) =>
  [...editions].sort((a, b) => a.id.localeCompare(b.id)).at(-1)?.id;

/** What the progress line says: rows so far, of how many when known. */
function progressText(progress: PullProgress, t: Translate): string {
  const phase = t(progress.phase === 'reading' ? 'reading' : 'writing');
  const rows = progress.total
    ? t('progressRowsOf', { done: progress.done, total: progress.total })
    : t('progressRows', { done: progress.done });
  return `${phase} ${rows}`;
}

/**
 * Picks an edition (the most recent by default), inserts its tables and dashboard, refreshes every Spring
 * table and formula; shows progress with Cancel, and the outcome in one message area that the next action
 * replaces. The focus goes to Cancel while work runs and to the outcome when it ends.
 */
export function DataSection({
  runtime,
  writer,
  language,
  synthetic,
  t,
}: {
  runtime: SpringRuntime;
  writer: WorkbookWriter;
  language: Language;
  /** The service serves the synthetic sample: the dashboard says so on its sheet. */
  synthetic: boolean;
  t: Translate;
}) {
  const [editions, setEditions] = useState<EditionSummary[]>();
  const [edition, setEdition] = useState<string>();
  const [progress, setProgress] = useState<PullProgress>();
  const [notice, setNotice] = useState<NoticeContent>();
  // Bumped after every action: the budget section looks again for the edition's table.
  const [workbookChanges, setWorkbookChanges] = useState(0);
  const controller = useRef<AbortController>(undefined);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const busy = progress !== undefined;

  // Read once per service and sign-in (this section is mounted per sign-in); the client keeps the list.
  const tRef = useRef(t);
  tRef.current = t;
  useEffect(() => {
    runtime.client.editions().then(
      (items) => {
        setEditions(items);
        setEdition((current) => current ?? mostRecent(items));
      },
      (error: unknown) => setNotice({ intent: 'error', ...describeError(error, tRef.current) }),
    );
  }, [runtime]);

  useEffect(() => {
    if (busy) cancelButton.current?.focus();
  }, [busy]);

  /** Runs one action with a fresh AbortController, progress shown, the outcome reported. */
  const run = (work: (signal: AbortSignal, onProgress: (p: PullProgress) => void) => Promise<string>) => {
    controller.current = new AbortController();
    setNotice(undefined);
    setProgress({ phase: 'reading', done: 0 });
    work(controller.current.signal, setProgress)
      .then(
        (text) => setNotice({ intent: 'success', text }),
        (error: unknown) =>
          setNotice(
            error instanceof PullCancelledError
              ? { intent: 'warning', text: t('cancelled') }
              : { intent: 'error', title: t('failed'), ...describeError(error, t) },
          ),
      )
      .finally(() => {
        setProgress(undefined);
        setWorkbookChanges((count) => count + 1);
      });
  };

  const insert = (kind: SpringTableKind) =>
    edition &&
    run(async (signal, onProgress) => {
      const result = await pullTable(runtime.client.api, writer, kind, edition, {
        signal,
        onProgress,
        language,
      });
      return t(result.refreshed ? 'tableUpdated' : 'tableInserted', {
        rows: result.rows,
        table: result.table,
      });
    });

  const insertDashboard = () => {
    const chosen = editions?.find((candidate) => candidate.id === edition);
    if (!chosen) return;
    run(async (signal) => {
      const [indicators, budget] = await Promise.all([
        runtime.client.editionIndicators(chosen.id),
        runtime.client.budget(chosen.id),
      ]);
      if (signal.aborted) throw new PullCancelledError();
      const spec = dashboardSpec(chosen, indicators, budget, language, { synthetic });
      await writer.writeDashboard(spec);
      return t('dashboardInserted', { sheet: spec.sheetName });
    });
  };

  /** The one refresh: fresh answers for the SPRING formulas, and every Spring table read again. */
  const refreshAll = () =>
    run(async (signal, onProgress) => {
      runtime.client.refresh();
      const tables = await refreshAllTables(runtime.client.api, writer, { signal, onProgress });
      await recalculateWorkbook();
      return tables.length === 0
        ? t('noTables')
        : t('tablesRefreshed', { count: tables.length, tables: tables.join(', ') });
    });

  const canPublish =
    runtime.session.signedIn?.roles.some((role) => role === 'finance' || role === 'admin') ?? false;
  const selected = editions?.find((candidate) => candidate.id === edition);
  return (
    <div style={{ display: 'grid', gap: 8, ...WRAP }}>
      <Field label={t('edition')} hint={editions ? undefined : t('editionsLoading')}>
        <Dropdown
          value={selected?.label ?? ''}
          selectedOptions={edition ? [edition] : []}
          onOptionSelect={(_, data) => data.optionValue && setEdition(data.optionValue)}
          disabled={busy || !editions}
        >
          {(editions ?? []).map((candidate) => (
            <Option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: 8 }}>
        {INSERTS.map(([kind, label]) => (
          <Button key={kind} onClick={() => insert(kind)} disabled={busy || !edition}>
            {t(label)}
          </Button>
        ))}
      </div>
      <Button onClick={insertDashboard} disabled={busy || !edition}>
        {t('insertDashboard')}
      </Button>
      <div style={{ display: 'grid', gap: 2 }}>
        <Button onClick={refreshAll} disabled={busy}>
          {t('refresh')}
        </Button>
        <Text size={200} style={WRAP}>
          {t('refreshHint')}
        </Text>
      </div>
      {progress && (
        <ProgressLine
          ref={cancelButton}
          text={progressText(progress, t)}
          value={progress.total ? progress.done / progress.total : undefined}
          onCancel={() => controller.current?.abort()}
          t={t}
        />
      )}
      <Notice notice={notice} focus t={t} />
      {canPublish && edition && (
        <BudgetPublish
          key={edition}
          api={runtime.client.api}
          writer={writer}
          edition={edition}
          language={language}
          workbookChanges={workbookChanges}
          t={t}
        />
      )}
      <CodesGlossary language={language} t={t} />
    </div>
  );
}
