import {
  deinternationalisedRate,
  reachedPartnershipShare,
  stagesGained,
  startedExportingShare,
  transitionMatrix,
} from '../../../shared/edition';
import { moved } from './builders';

describe('transitionMatrix', () => {
  it('counts firms by stage before (row) and after (column)', () => {
    const observations = [moved(0, 1), moved(0, 1), moved(2, 3), moved(1, 0)];

    const matrix = transitionMatrix(observations);

    expect(matrix).toEqual([
      [0, 2, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 0, 0],
    ]);
  });

  it('is all zeros without firms', () => {
    expect(transitionMatrix([])).toEqual(Array.from({ length: 4 }, () => [0, 0, 0, 0]));
  });
});

describe('shares read off the matrix', () => {
  // Before at 0: 4 firms (1 stays, 2 to I, 1 to III); at I: 2 (1 to 0, 1 to II); at III: 1 stays.
  const matrix = [
    [1, 2, 0, 1],
    [1, 0, 1, 0],
    [0, 0, 0, 0],
    [0, 0, 0, 1],
  ];

  it('startedExportingShare is the share of stage-0 firms at I or more after', () => {
    expect(startedExportingShare(matrix)).toBe(3 / 4);
  });

  it('reachedPartnershipShare is the share of firms below III that reached III', () => {
    expect(reachedPartnershipShare(matrix)).toBe(1 / 6);
  });

  it('deinternationalisedRate is the share of firms past 0 that fell back to 0', () => {
    expect(deinternationalisedRate(matrix)).toBe(1 / 3);
  });

  it('stagesGained counts the firms right of the diagonal', () => {
    // 0 -> I twice, 0 -> III, I -> II.
    expect(stagesGained(matrix)).toBe(4);
  });

  it('each share is null when its population is empty', () => {
    const allAtThree = [
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 2],
    ];

    expect(startedExportingShare(allAtThree)).toBeNull();
    expect(reachedPartnershipShare(allAtThree)).toBeNull();
    expect(deinternationalisedRate(transitionMatrix([moved(0, 0)]))).toBeNull();
  });
});
