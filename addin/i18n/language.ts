import type { Language } from './strings';

/** Picks the task pane's language from a BCP 47 tag such as Office's display language ("it-IT"). */
export function languageFor(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith('it') ? 'it' : 'en';
}
