/**
 * The language of every user-facing text: English or Arabic (docs/arabic.md, "Messages and the UI").
 * `eccAppendix.language` is `auto`, `en` or `ar`; `auto` follows the editor's display language (the `locale` an LSP
 * client sends in `initialize`; VS Code sends its display language). The CLI takes `--lang en|ar` (default `en`).
 */
import type { Language } from '../settings';

export type Locale = 'en' | 'ar';

/** The locale for a setting and the client's display language (`ar`, `ar-SA`, ... count as Arabic). */
export function resolveLocale(language: Language | undefined, clientLocale?: string): Locale {
  if (language === 'en' || language === 'ar') return language;
  return typeof clientLocale === 'string' && /^ar($|[-_])/i.test(clientLocale.trim()) ? 'ar' : 'en';
}

/**
 * The locale of an engine call: the resolved `locale` the caller passes, else the `language` setting when it names
 * one (`auto` without a client locale is English).
 */
export function localeOf(options: { locale?: Locale; settings?: { language?: Language } }): Locale {
  return options.locale ?? resolveLocale(options.settings?.language);
}
