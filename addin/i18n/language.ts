/** The languages the add-in speaks, and the locale each formats numbers and dates in. */
export const LOCALES = { en: 'en-GB', it: 'it-IT' } as const;

/** A language of the add-in. */
export type Language = keyof typeof LOCALES;

/** Picks the add-in's language from a BCP 47 tag such as Office's display language ("it-IT"). */
export function languageFor(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith('it') ? 'it' : 'en';
}
