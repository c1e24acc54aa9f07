import { generateSampleData, jsonChunks } from '../../../functions/sample';

describe('jsonChunks', () => {
  it('joins to exactly JSON.stringify of the document', () => {
    const document = generateSampleData({ scale: 0.5 });

    const joined = [...jsonChunks(document)].join('');

    expect(joined).toBe(JSON.stringify(document));
  });

  it('writes an empty document and empty sections as JSON.stringify does', () => {
    expect([...jsonChunks({})].join('')).toBe('{}');
    expect([...jsonChunks({ label: 'x', firms: [] })].join('')).toBe('{"label":"x","firms":[]}');
  });

  it('reports each section with its row count', () => {
    const document = generateSampleData({ scale: 0.1 });
    const seen: [string, number][] = [];

    for (const _chunk of jsonChunks(document, (section, rows) => seen.push([section, rows])));

    expect(seen.map(([section]) => section)).toEqual([
      'editions',
      'tems',
      'firms',
      'applications',
      'agreements',
      'exports',
      'projects',
      'budget',
    ]);
    expect(seen.find(([section]) => section === 'firms')?.[1]).toBe(document.firms?.length);
  });
});
