import { useEffect, useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { SpringApi } from '../api/spring-api';
import { formatMoment, formatNumber } from '../i18n/format';
import type { Language } from '../i18n/language';
import type { PaneMessage } from '../i18n/messages/pane';
import {
  EDITABLE,
  keepMine,
  publishBudget,
  takeTheirs,
  type BudgetConflict,
  type BudgetFailure,
  type PublishReport,
} from '../workbook/publish';
import { springTableName, type WorkbookWriter } from '../workbook/writer';
import { describeError } from './describe-error';
import { Notice, WRAP, type NoticeContent } from './notice';
import type { Translate } from './translate';

/** The name of each amount a finance user edits, as the pane says it. */
export const AMOUNT_LABELS: Record<(typeof EDITABLE)[number], PaneMessage> = {
  allocated: 'amountAllocated',
  committed: 'amountCommitted',
  paid: 'amountPaid',
};

/** Why a publish stopped at a row, in the pane's language. */
function failureReason(failure: BudgetFailure, t: Translate): string {
  if (!('badAmount' in failure)) return describeError(failure.error, t).text;
  const { field, value } = failure.badAmount;
  const name = t(AMOUNT_LABELS[field]);
  return value === null
    ? t('badAmountEmpty', { field: name })
    : t('badAmount', { field: name, value: String(value) });
}

/** What a publish did, in one message: published lines, then where it stopped. */
function reportNotice(report: PublishReport, t: Translate): NoticeContent | undefined {
  const sentences: string[] = [];
  if (report.published.length > 0)
    sentences.push(t('published', { count: report.published.length, lines: report.published.join(', ') }));
  if (report.failed) {
    sentences.push(
      t('publishStopped', { line: report.failed.lineId, reason: failureReason(report.failed, t) }),
    );
    if (report.notSent.length > 0)
      sentences.push(t('notSent', { count: report.notSent.length, lines: report.notSent.join(', ') }));
  }
  if (sentences.length === 0) {
    return report.conflicts.length === 0 ? { intent: 'info', text: t('nothingToPublish') } : undefined;
  }
  return { intent: report.failed ? 'error' : 'success', text: sentences.join(' ') };
}

/** One line a colleague changed: both sides, field by field, the differing ones marked. */
function ConflictCard({
  conflict,
  language,
  busy,
  onKeepMine,
  onTakeTheirs,
  t,
}: {
  conflict: BudgetConflict;
  language: Language;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  t: Translate;
}) {
  const eur = (value: number) => formatNumber(value, 'eur', language);
  const { theirs } = conflict;
  return (
    <div
      role="group"
      aria-label={conflict.lineId}
      style={{ display: 'grid', gap: 4, borderLeft: '3px solid #c50f1f', paddingLeft: 8, ...WRAP }}
    >
      <Text weight="semibold" style={WRAP}>
        {conflict.lineId}
      </Text>
      <Text size={200} style={WRAP}>
        {t('conflictChangedBy', { who: theirs.updatedBy, when: formatMoment(theirs.updatedAt, language) })}
      </Text>
      <table style={{ borderCollapse: 'collapse', fontSize: 12, width: '100%' }}>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left' }}>
              {t('field')}
            </th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {t('mine')}
            </th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {t('theirs')}
            </th>
          </tr>
        </thead>
        <tbody>
          {EDITABLE.map((field) => {
            const differs = conflict.mine[field] !== theirs[field];
            const weight = differs ? 700 : 400;
            return (
              <tr key={field} style={differs ? { background: '#fdf3f4' } : undefined}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: weight }}>
                  {t(AMOUNT_LABELS[field])}
                  {differs && ` ≠ (${t('differs')})`}
                </th>
                <td style={{ textAlign: 'right', fontWeight: weight }}>{eur(conflict.mine[field])}</td>
                <td style={{ textAlign: 'right', fontWeight: weight }}>{eur(theirs[field])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <Button size="small" disabled={busy} onClick={onKeepMine}>
          {t('keepMine')}
        </Button>
        <Button size="small" disabled={busy} onClick={onTakeTheirs}>
          {t('takeTheirs')}
        </Button>
      </div>
    </div>
  );
}

/**
 * Finance: publishes the edited budget rows of the edition's table; lists the rows a colleague changed
 * meanwhile with both sides, each resolved by "keep mine" or "take theirs", with a message for every
 * outcome; names the row a publish stopped at and the rows it did not send. Without the edition's budget
 * table in the workbook, says where corrections are made instead of offering a publish that cannot work.
 */
export function BudgetPublish({
  api,
  writer,
  edition,
  language,
  workbookChanges,
  t,
}: {
  api: SpringApi;
  writer: WorkbookWriter;
  edition: string;
  language: Language;
  /** Changes after every insert or refresh: the edition's budget table may have appeared. */
  workbookChanges: number;
  t: Translate;
}) {
  const table = springTableName('Budget', edition);
  const [hasTable, setHasTable] = useState<boolean>();
  const [conflicts, setConflicts] = useState<BudgetConflict[]>([]);
  const [notice, setNotice] = useState<NoticeContent>();
  const [busy, setBusy] = useState(false);

  // The conflicts and the message stay until the user acts on them; only whether the table is there is
  // looked at again (the pane mounts this section anew for each edition).
  useEffect(() => {
    writer.readTable(table, []).then(
      (found) => setHasTable(found !== undefined),
      () => setHasTable(false),
    );
  }, [writer, table, workbookChanges]);

  const guarded = (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    work()
      .catch((error: unknown) =>
        setNotice({ intent: 'error', title: t('failed'), ...describeError(error, t) }),
      )
      .finally(() => setBusy(false));
  };
  const without = (lineId: string) => (current: BudgetConflict[]) =>
    current.filter((candidate) => candidate.lineId !== lineId);

  const publish = () =>
    guarded(async () => {
      const report = await publishBudget(api, writer, edition);
      setConflicts(report.conflicts);
      setNotice(reportNotice(report, t));
    });
  const keep = (conflict: BudgetConflict) =>
    guarded(async () => {
      const report = await keepMine(api, writer, edition, conflict);
      setConflicts((current) => [...without(conflict.lineId)(current), ...report.conflicts]);
      setNotice(
        report.conflicts.length > 0
          ? { intent: 'warning', text: t('stillConflict', { line: conflict.lineId }) }
          : report.failed
            ? reportNotice(report, t)
            : { intent: 'success', text: t('keptMine', { line: conflict.lineId }) },
      );
    });
  const take = (conflict: BudgetConflict) =>
    guarded(async () => {
      await takeTheirs(writer, edition, conflict);
      setConflicts(without(conflict.lineId));
      setNotice({ intent: 'success', text: t('tookTheirs', { line: conflict.lineId }) });
    });

  return (
    <section aria-labelledby="publish-heading" style={{ display: 'grid', gap: 8, ...WRAP }}>
      <Text as="h3" id="publish-heading" weight="semibold">
        {t('publishHeading')}
      </Text>
      {hasTable === false && (
        <Text size={200} style={WRAP}>
          {t('publishNoTable', { edition })}
        </Text>
      )}
      {hasTable && (
        <>
          <Text size={200} style={WRAP}>
            {t('publishHint', { table })}
          </Text>
          <Button appearance="primary" disabled={busy} onClick={publish} style={{ justifySelf: 'start' }}>
            {busy ? t('publishing') : t('publish')}
          </Button>
        </>
      )}
      <Notice notice={notice} focus t={t} />
      {conflicts.length > 0 && (
        <section aria-labelledby="conflicts-heading" style={{ display: 'grid', gap: 6 }}>
          <Text as="h4" id="conflicts-heading" weight="semibold">
            {t('conflictsHeading')}
          </Text>
          <Text size={200} style={WRAP}>
            {t('conflictIntro')}
          </Text>
          {conflicts.map((conflict) => (
            <ConflictCard
              key={conflict.lineId}
              conflict={conflict}
              language={language}
              busy={busy}
              onKeepMine={() => keep(conflict)}
              onTakeTheirs={() => take(conflict)}
              t={t}
            />
          ))}
        </section>
      )}
    </section>
  );
}
