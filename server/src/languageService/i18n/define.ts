/** The shape of one message of the catalogue (i18n/messages.ts): an English and an Arabic template of the same params. */
export interface MessageDef<P> {
  en: (p: P) => string;
  ar: (p: P) => string;
}

/** Declares a message; the params' type comes from the English template's annotation. */
export function def<P>(d: MessageDef<P>): MessageDef<P> {
  return d;
}
