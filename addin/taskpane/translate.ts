/** The task pane's string lookup: a plain function of the language (App passes it down), not a React hook. */
import { translatorOf, type Translator } from '../i18n/catalog';
import type { Language } from '../i18n/language';
import { PANE_MESSAGES, type PaneMessage } from '../i18n/messages/pane';

/** Looks up a task pane message in the current language, its `{places}` filled. */
export type Translate = Translator<PaneMessage>;

/** The translator for `language`. */
export function translator(language: Language): Translate {
  return translatorOf(PANE_MESSAGES, language);
}
