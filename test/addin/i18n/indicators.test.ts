import { INDICATOR_LABELS } from '../../../addin/i18n/indicators';

/** The `{name}` places of a label, sorted. */
const places = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('INDICATOR_LABELS', () => {
  it('has an Italian label for every English one, none blank, with the same places to fill', () => {
    expect(Object.keys(INDICATOR_LABELS.it).sort()).toEqual(Object.keys(INDICATOR_LABELS.en).sort());
    for (const [key, text] of Object.entries(INDICATOR_LABELS.en)) {
      const italian = INDICATOR_LABELS.it[key as keyof typeof INDICATOR_LABELS.it];
      expect([key, text.trim() !== '', italian.trim() !== '']).toEqual([key, true, true]);
      expect([key, places(italian)]).toEqual([key, places(text)]);
    }
  });

  it('words the readings an officer reads out as the dashboard shows them', () => {
    expect([INDICATOR_LABELS.en.notDistinguishable, INDICATOR_LABELS.it.notDistinguishable]).toEqual([
      'not distinguishable from zero at 95%',
      'non distinguibile da zero al 95%',
    ]);
    expect([INDICATOR_LABELS.en.definitions, INDICATOR_LABELS.it.definitions]).toEqual([
      'Definitions: docs/indicators.md in the Spring Workbench repository',
      'Definizioni: docs/indicators.md nel repository di Spring Workbench',
    ]);
  });
});
