/**
 * The message catalogue: every user-facing sentence the engine builds (finding messages, quick-fix titles, the
 * coverage summary), each with an id and an English and an Arabic template over the same typed parameters. Rules call
 * `t(locale, id, params)`; the English templates are the product's wording, the Arabic ones follow docs/arabic.md
 * (LTR isolates around ids, keys, values and numbers; number agreement). A new message needs both templates (the type
 * says so) and a sample in test/unit/arabicMessages.test.ts (the test's table is typed over every id).
 */
import { APPENDIX_MESSAGES } from './appendix';
import { EVIDENCE_MESSAGES } from './evidence';
import { FILE_MESSAGES } from './files';
import { POLICY_MESSAGES } from './policy';
import { UI_MESSAGES } from './ui';
import type { MessageDef } from './define';
import type { Locale } from './locale';

export const MESSAGES = {
  ...APPENDIX_MESSAGES,
  ...FILE_MESSAGES,
  ...EVIDENCE_MESSAGES,
  ...POLICY_MESSAGES,
  ...UI_MESSAGES,
};

export type MessageId = keyof typeof MESSAGES;
export type MessageParams<K extends MessageId> = Parameters<(typeof MESSAGES)[K]['en']>[0];

/** A message by id and params, for findings worded before the language is known (parse problems, cached). */
export type MessageRef = { [K in MessageId]: { id: K; params: MessageParams<K> } }[MessageId];

/** The message `id` in `locale`. */
export function t<K extends MessageId>(locale: Locale, id: K, params: MessageParams<K>): string {
  const d = MESSAGES[id] as unknown as MessageDef<MessageParams<K>>;
  return d[locale](params);
}

/** A message reference worded in `locale`. */
export function render(locale: Locale, ref: MessageRef): string {
  return t(locale, ref.id, ref.params as never);
}

/** A reference and its English wording together (for a finding's `message` and `i18n`). */
export function ref<K extends MessageId>(id: K, params: MessageParams<K>): { message: string; i18n: MessageRef } {
  return { message: t('en', id, params), i18n: { id, params } as MessageRef };
}
