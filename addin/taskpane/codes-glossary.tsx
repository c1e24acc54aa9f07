import { Text } from '@fluentui/react-components';
import type { Language } from '../i18n/language';
import { codeMeanings } from '../workbook/spring-tables';
import { WRAP } from './notice';
import type { Translate } from './translate';

/**
 * What the codes in the Spring tables mean, column by column, folded under one line: the cells keep
 * data codes (so formulas can compare them), and this says each in words (docs/indicators.md, "Codes in
 * the tables").
 */
export function CodesGlossary({ language, t }: { language: Language; t: Translate }) {
  return (
    <details style={WRAP}>
      <summary>
        <Text size={200}>{t('codesHeading')}</Text>
      </summary>
      <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
        {codeMeanings(language).map(({ header, code, meaning }) => (
          <li key={`${header} ${code}`}>
            <Text size={200} style={WRAP}>
              {header}: <code>{code}</code> — {meaning}
            </Text>
          </li>
        ))}
      </ul>
      <Text size={200} style={WRAP}>
        {t('codesMore')}
      </Text>
    </details>
  );
}
