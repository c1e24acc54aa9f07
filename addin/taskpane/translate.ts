/** The task pane's string lookup: a plain function of the language (App passes it down), not a React hook. */
import { STRINGS, type Language, type StringKey } from '../i18n/strings';

/** Looks up a task pane string in the current language. */
export type Translate = (key: StringKey) => string;

/** The translator for `language`. */
export function translator(language: Language): Translate {
  return (key) => STRINGS[language][key];
}
