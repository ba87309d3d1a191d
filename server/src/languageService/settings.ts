import type { ProfileId, Severity } from './catalogue/types';

export type RuleLevel = Severity | 'off';
export type Language = 'auto' | 'en' | 'ar';

/** The product's settings as one typed value (VS Code `eccAppendix.*`, also `workspace/configuration`). */
export interface Settings {
  /** Profiles added on top of `ecc-baseline` and the appendix's own `profile:` list. */
  profiles: ProfileId[];
  /** Severity override per finding code (`incident.notification`, `unknown-key`, `EV-18`, ...). */
  rules: Record<string, RuleLevel>;
  /** Language of messages and hovers; `auto` follows the editor's display language. */
  language: Language;
  /** "Today" for date checks (YYYY-MM-DD); empty means the current date. */
  asOf: string;
  /** Folders of clause snippet files served as completions. */
  snippetLibraries: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  profiles: [],
  rules: {},
  language: 'auto',
  asOf: '',
  snippetLibraries: [],
});

export const PROFILE_IDS: readonly ProfileId[] = ['ecc-baseline', 'ecc+cscc', 'ecc+ccc', 'brief-strict'];
const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

/** Applies defaults to whatever a client sent; unknown or malformed values fall back to the default. */
export function resolveSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const profiles = Array.isArray(r.profiles) ? r.profiles.filter((p): p is ProfileId => PROFILE_IDS.includes(p as ProfileId)) : [];
  const rules: Record<string, RuleLevel> = {};
  if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
    for (const [code, level] of Object.entries(r.rules as Record<string, unknown>)) {
      if (LEVELS.includes(level as RuleLevel)) rules[code] = level as RuleLevel;
    }
  }
  const language: Language = r.language === 'en' || r.language === 'ar' ? r.language : 'auto';
  const asOf = typeof r.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.asOf.trim()) ? r.asOf.trim() : '';
  const snippetLibraries = Array.isArray(r.snippetLibraries) ? r.snippetLibraries.filter((s): s is string => typeof s === 'string') : [];
  return { profiles, rules, language, asOf, snippetLibraries };
}
