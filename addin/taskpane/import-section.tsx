/**
 * The admins' Import section (docs/architecture.md, "Import"): check the workbook's import sheets (in
 * Excel, the open workbook; in preview mode, an .xlsx file) with a dry run, list every problem where it
 * is, then import with progress and show what changed. In Excel it also inserts the import template.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Button, Field, Text } from '@fluentui/react-components';
import type { BudgetOverwrite } from '../../shared/api/imports';
import { countsTotal, type PartsReport } from '../../shared/import/send-parts';
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
import type { PaneMessage } from '../i18n/messages/pane';
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

/** What the section's message says about an outcome. */
function noticeOf(outcome: ImportOutcome, t: Translate, problemsSheet?: string): NoticeContent {
  // Excel refused to mark or clear the cells: said after the outcome, which stands.
  const taken = (outcome.markError as { code?: unknown } | undefined)?.code === 'ERR_PROBLEMS_SHEET_TAKEN';
  const unmarked =
    outcome.markError === undefined
      ? ''
      : ` ${taken && problemsSheet ? t('importSheetTaken', { sheet: problemsSheet }) : t('importMarkFailed')}`;
  const detail =
    outcome.markError === undefined ? {} : { detail: describeError(outcome.markError, t).detail ?? '' };
  if (outcome.kind === 'problems') {
    const count = outcome.errors.length;
    const marked =
      problemsSheet && outcome.markError === undefined
        ? ` ${t('importProblemsMarked', { sheet: problemsSheet })}`
        : '';
    const partial = outcome.importedParts > 0;
    return {
      intent: 'error',
      title: t(partial ? 'importPartialTitle' : 'importProblemsTitle'),
      text: `${partial ? `${t('importPartial')} ` : ''}${t('importProblems', { count })}${marked}${unmarked}`,
      ...detail,
    };
  }
  const sum = countsTotal(outcome.report.counts);
  if (outcome.kind === 'checked') {
    const text = `${t('importClean', { rows: outcome.rows, ...sum })}${unmarked}`;
    return { intent: outcome.markError === undefined ? 'success' : 'warning', text, ...detail };
  }
  const done =
    sum.created + sum.updated === 0 ? t('importUnchanged', { rows: outcome.rows }) : t('importDone', sum);
  return {
    intent: outcome.markError === undefined ? 'success' : 'warning',
    text: `${done}${unmarked}`,
    ...detail,
  };
}

/** What the progress line says. */
function stepText(step: ImportStep, t: Translate): string {
  if (step.phase === 'reading') return t('importReading');
  const places = { part: step.part + 1, parts: step.parts, rows: step.rows };
  return t(step.phase === 'dry-run' ? 'importDryRunPart' : 'importWritePart', places);
}

/** The share of the run done: the parts' dry runs, then (for an import) their imports, each a step. */
function stepShare(step: ImportStep, dryRun: boolean): number | undefined {
  if (step.phase === 'reading') return undefined;
  const steps = dryRun ? step.parts : 2 * step.parts;
  return (step.phase === 'dry-run' ? step.part : step.parts + step.part) / steps;
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
  const [inserting, setInserting] = useState(false);
  const [dryRun, setDryRun] = useState(true);
  const fileNameId = useId();
  const busy = step !== undefined || inserting;

  const running = step !== undefined;
  useEffect(() => {
    if (running) cancelButton.current?.focus();
  }, [running]);
  // A run outlives no section: a new sign-in mounts a new one, whose token the old run must not use.
  useEffect(() => () => controller.current?.abort(), []);

  /** Starts an action: the earlier one's answer, if any is still to come, is no longer shown. */
  const start = () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setNotice(undefined);
    setOutcome(undefined);
    return { signal: current.signal, stale: () => controller.current !== current };
  };

  const run = (asDryRun: boolean) => {
    if (!source) return;
    const { signal, stale } = start();
    setDryRun(asDryRun);
    setStep({ phase: 'reading' });
    runImportFlow(source, api, {
      dryRun: asDryRun,
      signal,
      language,
      onStep: (next) => stale() || setStep(next),
    })
      .then(
        (result) => {
          if (result.kind === 'imported' || (result.kind === 'problems' && result.importedParts > 0))
            onImported();
          if (stale()) return;
          setOutcome(result);
          setNotice(noticeOf(result, t, workbook?.problemsSheet));
        },
        (error: unknown) => {
          // An import stopped midway may have written some parts: cached answers are stale.
          if (!asDryRun) onImported();
          if (stale()) return;
          setNotice(
            isRequestCancelled(error)
              ? { intent: 'warning', text: t(asDryRun ? 'importCheckCancelled' : 'importCancelled') }
              : { intent: 'error', title: t('failed'), ...describeError(error, t) },
          );
        },
      )
      .finally(() => stale() || setStep(undefined));
  };

  const insertTemplate = () => {
    if (!workbook) return;
    const { stale } = start();
    setInserting(true);
    workbook
      .insertTemplate()
      .then(
        ({ added, kept }) => {
          const said = [
            added.length > 0 ? t('importTemplateAdded', { sheets: added.join(', ') }) : '',
            kept.length > 0 ? t('importTemplateKept', { sheets: kept.join(', ') }) : '',
          ];
          if (!stale()) setNotice({ intent: 'success', text: said.filter(Boolean).join(' ') });
        },
        (error: unknown) =>
          stale() || setNotice({ intent: 'error', title: t('failed'), ...describeError(error, t) }),
      )
      .finally(() => setInserting(false));
  };

  const pickFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Emptied, so that choosing the same file again (fixed meanwhile) is a change too.
    input.value = '';
    if (!file) return;
    start();
    setStep(undefined);
    setSource(fileImportSource(file));
    setFileName(file.name);
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
                disabled={busy}
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(event) => pickFile(event.currentTarget)}
              />
              <Button
                onClick={() => fileInput.current?.click()}
                disabled={busy}
                aria-describedby={[fileNameId, control['aria-describedby']].filter(Boolean).join(' ')}
              >
                {t('importChoose')}
              </Button>
              <Text id={fileNameId} size={200} style={WRAP}>
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
          value={stepShare(step, dryRun)}
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

/** A budget line's fields an import writes, as the pane names them. */
const FIELD_LABELS = {
  ...AMOUNT_LABELS,
  source: 'importFieldSource',
  action: 'importFieldAction',
} as const satisfies Record<string, PaneMessage>;

/** Each field the import changes on a stored line: its value now and the document's, as shown. */
function changes(
  current: BudgetOverwrite['current'],
  document: BudgetOverwrite['document'],
  language: Language,
): { field: keyof typeof FIELD_LABELS; now: string; next: string }[] {
  const shown = (value: string | number) =>
    typeof value === 'number' ? formatNumber(value, 'eur', language) : value;
  return (['source', 'action', ...EDITABLE] as const)
    .filter((field) => current[field] !== document[field])
    .map((field) => ({ field, now: shown(current[field]), next: shown(document[field]) }));
}

/** The stored budget lines the import will change: each field that differs, now and after. */
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
  return (
    <div style={{ display: 'grid', gap: 4, ...WRAP }}>
      <Text weight="semibold">{label}</Text>
      <ul aria-label={label} style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 6 }}>
        {overwrites.slice(0, LISTED).map(({ edition, lineId, current, document }) => (
          <li key={`${edition}/${lineId}`} style={WRAP}>
            {changes(current, document, language).map(({ field, now, next }) => (
              <Text block size={200} key={field} style={WRAP}>
                {t('importOverwrite', {
                  line: `${edition}/${lineId}`,
                  field: t(FIELD_LABELS[field]),
                  now,
                  next,
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
