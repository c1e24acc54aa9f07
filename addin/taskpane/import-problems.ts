/**
 * How the pane says an import problem (docs/architecture.md, "Import"): where it is — the sheet and row
 * the admin edits, else the section and row — and what is wrong, in the user's language by the
 * problem's `code`; the service's own (English) wording is kept beside it, as it names the exact rule.
 */
import type { ImportProblem, ImportSection } from '../../shared/schemas';
import type { PaneMessage } from '../i18n/messages/pane';
import type { Translate } from './translate';

/** Each import section's name in the pane. */
export const SECTION_LABELS: Record<ImportSection, PaneMessage> = {
  editions: 'sectionEditions',
  tems: 'sectionTems',
  firms: 'sectionFirms',
  applications: 'sectionApplications',
  agreements: 'sectionAgreements',
  exports: 'sectionExports',
  projects: 'sectionProjects',
  budget: 'sectionBudget',
};

const WHAT: Record<NonNullable<ImportProblem['code']> | 'invalid', PaneMessage> = {
  invalid: 'importInvalid',
  duplicate: 'importDuplicate',
  unknown_reference: 'importUnknownReference',
  unknown_column: 'importUnknownColumn',
  exports_above_turnover: 'importExportsAboveTurnover',
};

/** A problem as the pane lists it. */
export interface DescribedProblem {
  /** `Foglio Firms, riga 3 · campo «vat»`. */
  where: string;
  /** What is wrong, in the user's language. */
  what: string;
  /** The service's wording. */
  said: string;
}

/** The section's name in the pane, or the service's name for one it does not know. */
export function sectionLabel(section: string, t: Translate): string {
  const key = SECTION_LABELS[section as ImportSection] as PaneMessage | undefined;
  return key ? t(key) : section;
}

/** Where `problem` is and what is wrong, for the pane's list. */
export function describeImportProblem(problem: ImportProblem, t: Translate): DescribedProblem {
  let at: string;
  if (problem.sheet !== undefined && problem.sheetRow !== undefined) {
    at = t('importAtSheet', { sheet: problem.sheet, row: problem.sheetRow });
  } else if (problem.entity === '' || problem.row === null) {
    at = problem.entity === '' ? t('importAtDocument') : sectionLabel(problem.entity, t);
  } else {
    // The document's rows count from 0; people count from 1.
    at = t('importAtRow', { section: sectionLabel(problem.entity, t), row: problem.row + 1 });
  }
  const field = problem.field === '' ? '' : ` · ${t('importAtField', { field: problem.field })}`;
  return { where: `${at}${field}`, what: t(WHAT[problem.code ?? 'invalid']), said: problem.message };
}
