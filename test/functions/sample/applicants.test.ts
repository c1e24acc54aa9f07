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

  it('admits exactly 30 artisan firms in Spring 3 and scores the admitted from 60 up', () => {
    const applicants = dealApplicants(new Random(3), spring3!);
    const admitted = applicants.filter((a) => a.status === 'admitted');

    expect(admitted.filter((a) => a.artisan)).toHaveLength(30);
    expect(admitted.every((a) => a.score >= 60 && a.score <= 100)).toBe(true);
  });
});
