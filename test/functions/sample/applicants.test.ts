import { dealApplicants } from '../../../functions/sample/applicants';
import { planEditions } from '../../../functions/sample/plan';
import { Random } from '../../../functions/sample/random';

describe('dealApplicants', () => {
  const [spring1, , spring3] = planEditions(1);

  it('deals edition 1 exactly: 95 admitted of 153, by the published provinces', () => {
    const applicants = dealApplicants(new Random(1), spring1!);
    const admitted = applicants.filter((a) => a.status === 'admitted');
    const count = (province: string) => admitted.filter((a) => a.province === province).length;

    expect(applicants).toHaveLength(153);
    expect(admitted).toHaveLength(95);
    expect([count('BG'), count('MI'), count('CO'), count('LC')]).toEqual([31, 25, 10, 10]);
  });

  it('mixes admitted and rejected, so the order says nothing about the outcome', () => {
    const statuses = dealApplicants(new Random(2), spring1!).map((a) => a.status);

    expect(statuses.slice(0, 95).filter((s) => s === 'rejected').length).toBeGreaterThan(10);
  });

  it('admits exactly 30 artisan firms in Spring 3, the top 100 scores', () => {
    const applicants = dealApplicants(new Random(3), spring3!);
    const admitted = applicants.filter((a) => a.status === 'admitted');
    const lowestAdmitted = Math.min(...admitted.map((a) => a.score));
    const highestRejected = Math.max(
      ...applicants.filter((a) => a.status === 'rejected').map((a) => a.score),
    );

    expect(admitted.filter((a) => a.artisan)).toHaveLength(30);
    expect(lowestAdmitted).toBeGreaterThanOrEqual(highestRejected);
    expect(applicants.every((a) => a.score >= 18 && a.score <= 98 && a.firmId === null)).toBe(true);
  });

  it('scores firms more likely to export higher', () => {
    const applicants = dealApplicants(new Random(4), spring3!);
    const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;
    const propensity = (status: string) =>
      mean(applicants.filter((a) => a.status === status).map((a) => a.propensity));

    expect(propensity('admitted')).toBeGreaterThan(propensity('rejected') + 0.1);
  });

  it('keeps the applicant count with re-applicants, who keep their firm and may win', () => {
    const reapplicants = Array.from({ length: 20 }, (_, i) => ({
      firmId: `F${i}`,
      propensity: 0.7,
      province: 'SO' as const,
      artisan: false,
      micro: true,
    }));

    const applicants = dealApplicants(new Random(5), spring3!, reapplicants);
    const returning = applicants.filter((a) => a.firmId !== null);

    expect(applicants).toHaveLength(160);
    expect(applicants.filter((a) => a.status === 'admitted')).toHaveLength(100);
    expect(applicants.filter((a) => a.status === 'admitted' && a.artisan)).toHaveLength(30);
    expect(returning.map((a) => [a.firmId, a.province, a.micro])).toEqual(
      reapplicants.map((r) => [r.firmId, 'SO', true]),
    );
    expect(returning.filter((a) => a.status === 'admitted').length).toBeGreaterThan(10);
  });
});
