import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { SpringApi } from '../api/spring-api';
import {
  keepMine,
  publishBudget,
  takeTheirs,
  type BudgetConflict,
  type PublishReport,
} from '../workbook/publish';
import type { WorkbookWriter } from '../workbook/writer';
import type { Translate } from './translate';

const amounts = (values: { allocated: number; committed: number; paid: number }) =>
  `${values.allocated} / ${values.committed} / ${values.paid}`;

/**
 * Finance: publishes the edited budget rows of the edition's table; lists the rows a colleague changed
 * meanwhile with both values, each resolved by "keep mine" or "take theirs"; names the row a publish
 * stopped at and the rows it did not send.
 */
export function BudgetPublish({
  api,
  writer,
  edition,
  t,
}: {
  api: SpringApi;
  writer: WorkbookWriter;
  edition: string;
  t: Translate;
}) {
  const [report, setReport] = useState<PublishReport>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const guarded = (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    work()
      .catch((error: unknown) => setFailure((error as Error).message))
      .finally(() => setBusy(false));
  };
  const resolved = (conflict: BudgetConflict, next?: PublishReport) =>
    setReport(
      (current) =>
        current && {
          published: [...current.published, ...(next?.published ?? [])],
          conflicts: [
            ...current.conflicts.filter((c) => c.lineId !== conflict.lineId),
            ...(next?.conflicts ?? []),
          ],
          ...((next?.failed ?? current.failed) ? { failed: next?.failed ?? current.failed } : {}),
          notSent: current.notSent,
        },
    );

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Button
        appearance="primary"
        disabled={busy}
        onClick={() => guarded(async () => setReport(await publishBudget(api, writer, edition)))}
      >
        {t('publish')}
      </Button>
      {report && report.published.length + report.conflicts.length === 0 && !report.failed && (
        <Text size={200}>{t('nothingToPublish')}</Text>
      )}
      {report && report.published.length > 0 && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('published')}: {report.published.join(', ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && report.conflicts.length > 0 && (
        <section aria-label={t('conflictsHeading')} style={{ display: 'grid', gap: 6 }}>
          <Text weight="semibold">{t('conflictsHeading')}</Text>
          {report.conflicts.map((conflict) => (
            <div
              key={conflict.lineId}
              role="group"
              aria-label={conflict.lineId}
              style={{ display: 'grid', gap: 4, borderLeft: '3px solid #c50f1f', paddingLeft: 8 }}
            >
              <Text>
                <strong>{conflict.lineId}</strong> — {t('mine')}: {amounts(conflict.mine)} · {t('theirs')}:{' '}
                {amounts(conflict.theirs)} ({conflict.theirs.updatedBy})
              </Text>
              <div style={{ display: 'flex', gap: 8 }}>
                <Button
                  size="small"
                  disabled={busy}
                  onClick={() =>
                    guarded(async () => resolved(conflict, await keepMine(api, writer, edition, conflict)))
                  }
                >
                  {t('keepMine')}
                </Button>
                <Button
                  size="small"
                  disabled={busy}
                  onClick={() =>
                    guarded(async () => {
                      await takeTheirs(writer, edition, conflict);
                      resolved(conflict);
                    })
                  }
                >
                  {t('takeTheirs')}
                </Button>
              </div>
            </div>
          ))}
        </section>
      )}
      {report?.failed && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('publishStopped')} {report.failed.lineId}: {report.failed.message}
            {report.notSent.length > 0 && ` · ${t('notSent')}: ${report.notSent.join(', ')}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('failed')}: {failure}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
