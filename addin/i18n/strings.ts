/** Every string the task pane shows, in English and Italian. */
export const STRINGS = {
  en: {
    appTitle: 'Spring Workbench',
    appSubtitle: 'Evaluation of the Spring export programme, Regione Lombardia',
    serviceHeading: 'Service',
    checking: 'Checking the Spring service…',
    connected: 'Connected',
    unreachable: 'Spring service unreachable',
    unreachableHint:
      'Check that the service is running (npm start) and that the address is right, then retry.',
    retry: 'Retry',
    version: 'Version',
    dataset: 'Dataset',
    syntheticNote:
      'The sample data is synthetic: it follows the programme’s public figures but describes no real firm.',
    emptyNote: 'The store is empty: an admin can load an edition’s data.',
    language: 'Language',
    previewMode: 'Preview mode: opened outside Excel.',
    signInHeading: 'Sign-in',
    role: 'Role',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
    notSignedIn: 'Not signed in: the SPRING functions answer #N/A until you sign in.',
    signInFailed: 'Sign-in failed',
    devSignInMissing: 'This service has no development sign-in: it signs in with your Microsoft account.',
    refresh: 'Refresh Spring data',
    refreshed: 'Spring data refreshed: formulas recalculated.',
    roleOfficer: 'Officer',
    roleFinance: 'Finance',
    roleAdmin: 'Administrator',
  },
  it: {
    appTitle: 'Spring Workbench',
    appSubtitle: 'Valutazione del programma Spring per l’export, Regione Lombardia',
    serviceHeading: 'Servizio',
    checking: 'Verifica del servizio Spring…',
    connected: 'Connesso',
    unreachable: 'Servizio Spring non raggiungibile',
    unreachableHint:
      'Verificare che il servizio sia avviato (npm start) e che l’indirizzo sia corretto, poi riprovare.',
    retry: 'Riprova',
    version: 'Versione',
    dataset: 'Dati',
    syntheticNote:
      'I dati di esempio sono sintetici: seguono le cifre pubbliche del programma ma non descrivono imprese reali.',
    emptyNote: 'L’archivio è vuoto: un amministratore può caricare i dati di un’edizione.',
    language: 'Lingua',
    previewMode: 'Modalità anteprima: aperto fuori da Excel.',
    signInHeading: 'Accesso',
    role: 'Ruolo',
    signIn: 'Accedi',
    signOut: 'Esci',
    signedInAs: 'Accesso eseguito come',
    notSignedIn: 'Accesso non eseguito: le funzioni SPRING rispondono #N/D finché non si accede.',
    signInFailed: 'Accesso non riuscito',
    devSignInMissing: 'Questo servizio non ha un accesso di sviluppo: si accede con l’account Microsoft.',
    refresh: 'Aggiorna i dati Spring',
    refreshed: 'Dati Spring aggiornati: formule ricalcolate.',
    roleOfficer: 'Funzionario',
    roleFinance: 'Ragioneria',
    roleAdmin: 'Amministratore',
  },
} as const;

/** Languages the task pane speaks. */
export type Language = keyof typeof STRINGS;
/** The keys of the task pane's strings. */
export type StringKey = keyof (typeof STRINGS)['en'];
