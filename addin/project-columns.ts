/**
 * The columns of an edition's projects, as both the task pane's Projects table and `SPRING.PROJECTS`
 * lay them out (the edition is the table's own, so it is not a column).
 */
import type { Project } from '../shared/schemas';

export const PROJECT_COLUMNS = [
  'id',
  'firmId',
  'temId',
  'targetMarkets',
  'start',
  'end',
  'status',
  'temDays',
  'eligibleCost',
  'publicShare',
  'grant',
  'withdrawalReason',
] as const satisfies readonly Exclude<keyof Project, 'edition'>[];

export type ProjectColumn = (typeof PROJECT_COLUMNS)[number];

/** A project's value in a column: lists joined with ", ", a value the project lacks undefined. */
export function projectValue(project: Project, column: ProjectColumn): string | number | undefined {
  const value = project[column];
  return Array.isArray(value) ? value.join(', ') : value;
}
