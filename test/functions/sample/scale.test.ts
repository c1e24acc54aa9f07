import { validateImportDocument } from '../../../shared/schemas';
import { generateSampleData } from '../../../functions/sample';
import { sectionsOf } from './helpers';

const projectsPerEdition = (projects: readonly { edition: string }[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const project of projects) counts[project.edition] = (counts[project.edition] ?? 0) + 1;
  return counts;
};

describe('generateSampleData scale', () => {
  it('multiplies the projects of every edition by about 10 at scale 10, with unique ids', () => {
    const base = sectionsOf(generateSampleData({ scale: 1 }));

    const scaled = sectionsOf(generateSampleData({ scale: 10 }));

    const before = projectsPerEdition(base.projects);
    const after = projectsPerEdition(scaled.projects);
    for (const [edition, count] of Object.entries(before)) {
      expect(after[edition]).toBeGreaterThanOrEqual(count * 9.5);
      expect(after[edition]).toBeLessThanOrEqual(count * 10.5);
    }
    expect(scaled.applications.length).toBe(base.applications.length * 10);
    expect(new Set(scaled.firms.map((f) => f.id)).size).toBe(scaled.firms.length);
    expect(new Set(scaled.firms.map((f) => f.vatNumber)).size).toBe(scaled.firms.length);
    expect(new Set(scaled.projects.map((p) => p.id)).size).toBe(scaled.projects.length);
    expect(new Set(scaled.tems.map((t) => t.id)).size).toBe(scaled.tems.length);
  });

  it('stays a valid document with resolvable references at scale 10', () => {
    const document = generateSampleData({ scale: 10 });
    const sections = sectionsOf(document);
    const firmIds = new Set(sections.firms.map((f) => f.id));
    const temIds = new Set(sections.tems.map((t) => t.id));

    const { errors, warnings } = validateImportDocument(document);

    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(sections.projects.every((p) => firmIds.has(p.firmId) && temIds.has(p.temId))).toBe(true);
    expect(sections.exports.every((e) => firmIds.has(e.firmId))).toBe(true);
    expect(sections.budget.filter((b) => b.edition === '2008').reduce((s, b) => s + b.allocated, 0)).toBe(
      30_000_000,
    );
  });

  it('widens the id padding when the firms outgrow four digits', () => {
    const sections = sectionsOf(generateSampleData({ scale: 20 }));

    expect(sections.firms.length).toBeGreaterThan(9999);
    expect(sections.firms[0]?.id).toBe('F00001');
    expect(sections.firms.every((f) => /^F\d{5}$/.test(f.id))).toBe(true);
  });

  it('keeps at least one admitted and one rejected firm per edition at a tiny scale', () => {
    const sections = sectionsOf(generateSampleData({ scale: 0.001 }));

    const statuses = new Set(sections.applications.map((a) => `${a.edition}|${a.status}`));

    expect(statuses.size).toBe(8);
    expect(validateImportDocument(generateSampleData({ scale: 0.001 })).errors).toEqual([]);
  });
});
