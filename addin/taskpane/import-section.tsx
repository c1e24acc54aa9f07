/**
 * The admins' Import section (docs/architecture.md, "Import"): check the workbook's import sheets (in
 * Excel, the open workbook; in preview mode, an .xlsx file) with a dry run, list every problem where it
 * is, then import with progress and show what changed. In Excel it also inserts the import template.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Field, Text } from '@fluentui/react-components';
import type { BudgetOverwrite } from '../../shared/api/imports';
import type { PartsReport } from '../../shared/import/send-parts';
import { IMPORT_SECTIONS, type ImportProblem } from '../../shared/schemas';
import type { SpringApi } from '../api/spring-api';
import { isRequestCancelled } from '../errors';
import { formatMoment, formatNumber } from '../i18n/format';
import type { Language } from '../i18n/language';
import { fileImportSource } from '../import/file-source';
import { runImportFlow, type ImportOutcome, type ImportSource, type ImportStep } from '../import/import-flow';
import { EDITABLE } from '../workbook/publish';
import { AMOUNT_LABELS } from './budget-publish';
import { describeError } from './describe-error';
import { describeImportProblem, sectionLabel } from './import-problems';
import { Notice, WRAP, type NoticeContent } from './notice';
import { ProgressLine } from './progress-line';
import type { Translate } from './translate';

/** Problems, warnings and notes listed in the pane; the rest are counted (in Excel, all are on the problems sheet). */
export const LISTED = 50;

/** What Excel adds to the section: the open workbook as the source, and the template. */
export interface WorkbookImport {
  source: ImportSource;
  /** The sheet that lists the problems with links to their cells. */
  problemsSheet: string;
  insertTemplate(): Promise<{ added: string[]; kept: string[] }>;
}

type Counts = PartsReport['counts'];

const totals = (counts: Counts) =>
  Object.values(counts).reduce(
    (sum, c) => ({
      created: sum.created + c.created,
      updated: sum.updated + c.updated,
      unchanged: sum.unchanged + c.unchanged,
    }),
    { created: 0, updated: 0, unchanged: 0 },
  );

/** What the section's message says about an outcome. */
function noticeOf(outcome: ImportOutcome, t: Translate, problemsSheet?: string): NoticeContent {
  if (outcome.kind === 'problems') {
    const count = outcome.errors.length;
    const marked = problemsSheet ? ` ${t('importProblemsMarked', { sheet: problemsSheet })}` : '';
    return {
      intent: 'error',
      title: t('importProblemsTitle'),
      text: `${t('importProblems', { count })}${marked}`,
    };
  }
  const sum = totals(outcome.report.counts);
  if (outcome.kind === 'checked')
    return { intent: 'success', text: t('importClean', { rows: outcome.rows, ...sum }) };
  const text =
    sum.created + sum.updated === 0 ? t('importUnchanged', { rows: outcome.rows }) : t('importDone', sum);
  return { intent: 'success', text };
}

/** What the progress line says. */
function stepText(step: ImportStep, t: Translate): string {
  if (step.phase === 'reading') return t('importReading');
  const places = { part: step.part + 1, parts: step.parts, rows: step.rows };
  return t(step.phase === 'dry-run' ? 'importDryRunPart' : 'importWritePart', places);
}

/**
 * The Import section, shown to admins only. Import is offered once a check of the same source came
 * back clean (and again after an import: a second one shows everything unchanged).
 */
export function ImportSection({
  api,
  workbook,
  onImported,
  language,
  t,
}: {
  api: SpringApi;
  /** In Excel: the open workbook; absent in preview mode, where the admin picks a file. */
  workbook?: WorkbookImport;
  /** Called after an import wrote: cached answers are stale. */
  onImported: () => void;
  language: Language;
  t: Translate;
}) {
  const [source, setSource] = useState<ImportSource | undefined>(workbook?.source);
  const [step, setStep] = useState<ImportStep>();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [notice, setNotice] = useState<NoticeContent>();
  const controller = useRef<AbortController>(undefined);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string>();
  const busy = step !== undefined;

  useEffect(() => {
    if (busy) cancelButton.current?.focus();
  }, [busy]);

  const start = () => {
    controller.current = new AbortController();
    setNotice(undefined);
    setOutcome(undefined);
    return controller.current.signal;
  };

  const run = (dryRun: boolean) => {
    if (!source) return;
    const signal = start();
    setStep({ phase: 'reading' });
    runImportFlow(source, api, { dryRun, signal, language, onStep: setStep })
      .then(
        (result) => {
          setOutcome(result);
          setNotice(noticeOf(result, t, workbook?.problemsSheet));
          if (result.kind === 'imported') onImported();
        },
        (error: unknown) => {
          if (!dryRun) onImported();
          setNotice(
            isRequestCancelled(error)
              ? { intent: 'warning', text: t(dryRun ? 'importCheckCancelled' : 'importCancelled') }
              : { intent: 'error', title: t('failed'), ...describeError(error, t) },
          );
        },
      )
      .finally(() => setStep(undefined));
  };

  const insertTemplate = () => {
    if (!workbook) return;
    start();
    setStep({ phase: 'reading' });
    workbook
      .insertTemplate()
      .then(
        ({ added, kept }) => {
          const said = [
            added.length > 0 ? t('importTemplateAdded', { sheets: added.join(', ') }) : '',
            kept.length > 0 ? t('importTemplateKept', { sheets: kept.join(', ') }) : '',
          ];
          setNotice({ intent: 'success', text: said.filter(Boolean).join(' ') });
        },
        (error: unknown) => setNotice({ intent: 'error', title: t('failed'), ...describeError(error, t) }),
      )
      .finally(() => setStep(undefined));
  };

  const pickFile = (file: File | undefined) => {
    setOutcome(undefined);
    setNotice(undefined);
    setSource(file ? fileImportSource(file) : undefined);
    setFileName(file?.name);
  };

  const canImport = !busy && outcome !== undefined && outcome.kind !== 'problems';
  return (
    <div style={{ display: 'grid', gap: 8, ...WRAP }}>
      <Text size={200} style={WRAP}>
        {t('importHint')}
      </Text>
      {!workbook && (
        <Field label={t('importFile')} hint={t('importFileHint')}>
          {(control) => (
            // The browser's own file control speaks the browser's language: a button of the pane's opens it.
            <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, ...WRAP }}>
              <input
                {...control}
                ref={fileInput}
                type="file"
                hidden
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(event) => pickFile(event.currentTarget.files?.[0])}
              />
              <Button onClick={() => fileInput.current?.click()} disabled={busy}>
                {t('importChoose')}
              </Button>
              <Text size={200} style={WRAP}>
                {fileName ?? t('importNoFile')}
              </Text>
            </div>
          )}
        </Field>
      )}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: 8 }}>
        <Button onClick={() => run(true)} disabled={busy || !source}>
          {t('importCheck')}
        </Button>
        <Button appearance="primary" onClick={() => run(false)} disabled={!canImport}>
          {t('importRun')}
        </Button>
      </div>
      {workbook && (
        <Button onClick={insertTemplate} disabled={busy}>
          {t('importTemplate')}
        </Button>
      )}
      {step && (
        <ProgressLine
          ref={cancelButton}
          text={stepText(step, t)}
          value={step.phase === 'reading' ? undefined : step.part / step.parts}
          onCancel={() => controller.current?.abort()}
          t={t}
        />
      )}
      <Notice notice={notice} focus t={t} />
      {outcome && <OutcomeDetails outcome={outcome} language={language} t={t} />}
    </div>
  );
}

/** The lists under the message: problems, warnings, budget lines that will change, counts, notes. */
function OutcomeDetails({
  outcome,
  language,
  t,
}: {
  outcome: ImportOutcome;
  language: Language;
  t: Translate;
}) {
  return (
    <div style={{ display: 'grid', gap: 8, ...WRAP }}>
      {outcome.kind === 'problems' && (
        <ProblemList label={t('importProblemsList')} problems={outcome.errors} t={t} />
      )}
      {outcome.warnings.length > 0 && (
        <ProblemList
          label={t('importWarningsList', { count: outcome.warnings.length })}
          problems={outcome.warnings}
          t={t}
        />
      )}
      {outcome.kind === 'checked' && outcome.overwrites.length > 0 && (
        <Overwrites overwrites={outcome.overwrites} language={language} t={t} />
      )}
      {outcome.kind !== 'problems' && (
        <CountsTable counts={outcome.report.counts} language={language} t={t} />
      )}
      {outcome.notes.length > 0 && (
        <details>
          <summary>{t('importNotes')}</summary>
          <ul style={{ margin: 0, paddingLeft: 16 }}>
            {outcome.notes.slice(0, LISTED).map((note) => (
              <li key={note} lang="en">
                <Text size={200} style={WRAP}>
                  {note}
                </Text>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Problems or warnings, each with where it is, what is wrong and the service's wording. */
function ProblemList({ label, problems, t }: { label: string; problems: ImportProblem[]; t: Translate }) {
  const more = problems.length - LISTED;
  return (
    <div style={{ display: 'grid', gap: 4, ...WRAP }}>
      <Text weight="semibold">{label}</Text>
      <ol aria-label={label} style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 6 }}>
        {problems.slice(0, LISTED).map((problem, index) => {
          const { where, what, said } = describeImportProblem(problem, t);
          return (
            <li key={index} style={WRAP}>
              <Text block weight="semibold" size={200} style={WRAP}>
                {where}
              </Text>
              <Text block size={200} style={WRAP}>
                {what}
              </Text>
              <Text block size={200} italic style={WRAP}>
                {t('importServiceSays')}: <span lang="en">{said}</span>
              </Text>
            </li>
          );
        })}
      </ol>
      {more > 0 && <Text size={200}>{t('importMore', { count: more })}</Text>}
    </div>
  );
}

/** The stored budget lines the import will change: each amount that differs, now and after. */
function Overwrites({
  overwrites,
  language,
  t,
}: {
  overwrites: BudgetOverwrite[];
  language: Language;
  t: Translate;
}) {
  const label = t('importOverwritesList', { count: overwrites.length });
  const eur = (value: number) => formatNumber(value, 'eur', language);
  return (
    <div style={{ display: 'grid', gap: 4, ...WRAP }}>
      <Text weight="semibold">{label}</Text>
      <ul aria-label={label} style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 6 }}>
        {overwrites.slice(0, LISTED).map(({ edition, lineId, current, document }) => (
          <li key={`${edition}/${lineId}`} style={WRAP}>
            {EDITABLE.filter((amount) => current[amount] !== document[amount]).map((amount) => (
              <Text block size={200} key={amount} style={WRAP}>
                {t('importOverwrite', {
                  line: `${edition}/${lineId}`,
                  field: t(AMOUNT_LABELS[amount]),
                  now: eur(current[amount]),
                  next: eur(document[amount]),
                })}
              </Text>
            ))}
            <Text block size={200} italic style={WRAP}>
              {t('importOverwriteBy', {
                who: current.updatedBy,
                when: formatMoment(current.updatedAt, language),
              })}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Created, changed and unchanged rows of each section the document had. */
function CountsTable({ counts, language, t }: { counts: Counts; language: Language; t: Translate }) {
  const cell = { padding: '2px 4px', textAlign: 'right' } as const;
  const count = (value: number) => formatNumber(value, 'integer', language);
  return (
    <table style={{ borderCollapse: 'collapse', fontSize: 12, width: '100%' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{t('importCountsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ ...cell, textAlign: 'left' }}>
            {t('importSection')}
          </th>
          <th scope="col" style={cell}>
            {t('importNew')}
          </th>
          <th scope="col" style={cell}>
            {t('importChanged')}
          </th>
          <th scope="col" style={cell}>
            {t('importSame')}
          </th>
        </tr>
      </thead>
      <tbody>
        {IMPORT_SECTIONS.filter((section) => counts[section]).map((section) => {
          const c = counts[section]!;
          return (
            <tr key={section}>
              <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 400 }}>
                {sectionLabel(section, t)}
              </th>
              <td style={cell}>{count(c.created)}</td>
              <td style={cell}>{count(c.updated)}</td>
              <td style={cell}>{count(c.unchanged)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
