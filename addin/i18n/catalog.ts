/**
 * Message catalogs in ICU MessageFormat, read with FormatJS (`@formatjs/intl`): plural rules, and number,
 * date and currency formats of each language, instead of hand-made strings. Each area of the add-in keeps
 * its own catalog (addin/i18n/messages/), so two areas may use the same key for different words.
 */
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { LOCALES, type Language } from './language';

/** One area's messages: an English text and an Italian one for every key. */
export type Catalog<Key extends string = string> = Record<Language, Record<Key, string>>;

/** What fills a message's `{places}`: numbers go through the language's plural rules and formats. */
export type MessageValues = Record<string, string | number | Date>;

/** Looks up a message of one catalog in one language, its places filled. */
export type Translator<Key extends string> = (key: Key, values?: MessageValues) => string;

const cache = createIntlCache();
const intls = new WeakMap<object, Partial<Record<Language, IntlShape>>>();

/** The FormatJS instance of one set of messages in one language, made once. */
export function intlOf(messages: Record<string, string>, language: Language): IntlShape {
  const byLanguage = intls.get(messages) ?? {};
  intls.set(messages, byLanguage);
  return (byLanguage[language] ??= createIntl({ locale: LOCALES[language], messages }, cache));
}

/** The translator of `catalog` in `language`. */
export function translatorOf<Key extends string>(catalog: Catalog<Key>, language: Language): Translator<Key> {
  const intl = intlOf(catalog[language], language);
  return (key, values) => intl.formatMessage({ id: key }, values);
}
