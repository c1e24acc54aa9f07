import { useEffect, useState } from 'react';
import {
  Dropdown,
  Field,
  FluentProvider,
  Option,
  Subtitle2,
  Text,
  Title3,
  webLightTheme,
} from '@fluentui/react-components';
import { languageFor } from '../i18n/language';
import type { Language } from '../i18n/language';
import type { Health } from '../../shared/api/health';
import { SYNTHETIC_DATASET } from '../../shared/api/health';
import { springRuntime } from '../runtime';
import { ServiceAddress } from './service-address';
import { ServiceStatus } from './service-status';
import { SignIn, useSignedIn } from './sign-in';
import { DataSection } from './data-section';
import { ImportSection, type WorkbookImport } from './import-section';
import { PreviewGrid } from './preview-grid';
import type { PreviewWorkbook } from '../workbook/preview-workbook';
import type { WorkbookWriter } from '../workbook/writer';
import { translator } from './translate';
import { useFocusMarks } from './focus-marks';
import { WRAP } from './notice';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', it: 'Italiano' };

/** What the task pane learns about where it runs. */
export interface AppProps {
  /** Office's display language, or the browser's outside Office. */
  displayLanguage: string;
  /** False when the page was opened in a plain browser. */
  inOffice: boolean;
  /** The Spring service; by default the page's own origin. */
  serviceUrl: string;
  /** Where tables go: Excel's workbook, or the preview workbook outside Office. */
  writer: WorkbookWriter;
  /** The on-page workbook of preview mode (absent in Excel). */
  previewWorkbook?: PreviewWorkbook;
  /** In Excel, the open workbook as an import source; absent in preview mode (the admin picks a file). */
  workbookImport?: WorkbookImport;
}

/** The task pane. */
export function App({
  displayLanguage,
  inOffice,
  serviceUrl: initialServiceUrl,
  writer,
  previewWorkbook,
  workbookImport,
}: AppProps) {
  const [serviceUrl, setServiceUrl] = useState(initialServiceUrl);
  const [language, setLanguage] = useState<Language>(languageFor(displayLanguage));
  const [health, setHealth] = useState<Health>();
  const t = translator(language);
  const runtime = springRuntime();
  const { session, keeper } = runtime;
  const signedIn = useSignedIn(session);
  useFocusMarks();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh', padding: 12, ...WRAP }}>
      <main style={{ display: 'grid', gap: 16, maxWidth: 480, ...WRAP }}>
        <header style={WRAP}>
          <Title3 as="h1">{t('appTitle')}</Title3>
          <Text block size={200}>
            {t('appSubtitle')}
          </Text>
          {!inOffice && (
            <Text block size={200} italic>
              {t('previewMode')}
            </Text>
          )}
        </header>
        <section aria-labelledby="service-heading" style={{ display: 'grid', gap: 8, ...WRAP }}>
          <Subtitle2 as="h2" id="service-heading">
            {t('serviceHeading')}
          </Subtitle2>
          <ServiceAddress keeper={keeper} serviceUrl={serviceUrl} onChange={setServiceUrl} t={t} />
          <ServiceStatus key={serviceUrl} serviceUrl={serviceUrl} onHealth={setHealth} t={t} />
        </section>
        <section aria-labelledby="sign-in-heading" style={{ display: 'grid', gap: 8, ...WRAP }}>
          <Subtitle2 as="h2" id="sign-in-heading">
            {t('signInHeading')}
          </Subtitle2>
          <SignIn session={session} keeper={keeper} t={t} />
        </section>
        <section aria-labelledby="data-heading" style={{ display: 'grid', gap: 8, ...WRAP }}>
          <Subtitle2 as="h2" id="data-heading">
            {t('dataHeading')}
          </Subtitle2>
          {signedIn ? (
            <DataSection
              key={`${serviceUrl} ${signedIn.name ?? ''} ${signedIn.roles.join()}`}
              runtime={runtime}
              writer={writer}
              language={language}
              synthetic={health?.dataset === SYNTHETIC_DATASET}
              t={t}
            />
          ) : (
            <Text size={200}>{t('signInFirst')}</Text>
          )}
        </section>
        {signedIn?.roles.includes('admin') && (
          <section aria-labelledby="import-heading" style={{ display: 'grid', gap: 8, ...WRAP }}>
            <Subtitle2 as="h2" id="import-heading">
              {t('importHeading')}
            </Subtitle2>
            <ImportSection
              key={`${serviceUrl} ${signedIn.name ?? ''}`}
              api={runtime.client.api}
              {...(workbookImport ? { workbook: workbookImport } : {})}
              onImported={() => runtime.client.refresh()}
              language={language}
              t={t}
            />
          </section>
        )}
        <Field label={t('language')}>
          <Dropdown
            value={LANGUAGE_NAMES[language]}
            selectedOptions={[language]}
            onOptionSelect={(_, data) => setLanguage(languageFor(data.optionValue))}
          >
            {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
              <Option key={code} value={code} lang={code}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </main>
      {previewWorkbook && <PreviewGrid workbook={previewWorkbook} language={language} t={t} />}
    </FluentProvider>
  );
}
