import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { translatorOf } from '../../../addin/i18n/catalog';
import { CATALOGS } from '../../../addin/i18n/messages';
import { INDICATOR_LABELS } from '../../../addin/i18n/messages/indicators';
import { PANE_MESSAGES } from '../../../addin/i18n/messages/pane';

/** The names of a message's `{places}` (plural and select arguments included), sorted. */
function places(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal) names.add(String(element.value));
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe.each(Object.entries(CATALOGS))('the %s catalog', (_, catalog) => {
  it('has an Italian message for every English one, none blank, each well formed with the same places', () => {
    expect(Object.keys(catalog.it).sort()).toEqual(Object.keys(catalog.en).sort());
    for (const [key, english] of Object.entries(catalog.en)) {
      const italian = catalog.it[key] ?? '';
      expect([key, english.trim() !== '', italian.trim() !== '']).toEqual([key, true, true]);
      expect([key, places(italian)]).toEqual([key, places(english)]);
    }
  });
});

describe('the indicators catalog', () => {
  it('words the readings an officer reads out as the dashboard shows them', () => {
    const [en, it] = [translatorOf(INDICATOR_LABELS, 'en'), translatorOf(INDICATOR_LABELS, 'it')];
    expect([en('notDistinguishable'), it('notDistinguishable')]).toEqual([
      'not distinguishable from zero at 95%',
      'non distinguibile da zero al 95%',
    ]);
    expect(it('effectTitle', { before: 2007, after: 2010 })).toBe(
      'Effetto del programma: variazione dal 2007 al 2010, ammesse meno respinte',
    );
  });
});

describe('the pane catalog', () => {
  it('follows each language’s plural rules for 1 and for many', () => {
    const [en, it] = [translatorOf(PANE_MESSAGES, 'en'), translatorOf(PANE_MESSAGES, 'it')];
    const inserted = (t: typeof en, rows: number) =>
      t('tableInserted', { rows, table: 'Spring_Projects_2008' });

    expect([inserted(it, 1), inserted(it, 100), inserted(it, 0)]).toEqual([
      '1 riga inserita nella tabella Spring_Projects_2008.',
      '100 righe inserite nella tabella Spring_Projects_2008.',
      'Nessuna riga inserita nella tabella Spring_Projects_2008.',
    ]);
    expect([inserted(en, 1), inserted(en, 1200)]).toEqual([
      '1 row inserted in the table Spring_Projects_2008.',
      '1,200 rows inserted in the table Spring_Projects_2008.',
    ]);
    expect(it('notSent', { count: 1, lines: 'eu-tem' })).toBe(
      '1 voce successiva non è stata inviata: eu-tem.',
    );
    // Counts follow the language's own grouping (Italian groups from five digits); amounts always group.
    expect(it('progressRowsOf', { done: 1500, total: 12000 })).toBe('1500 di 12.000 righe');
  });
});
