/**
 * The four check profiles of catalogue.md 4.4. Profiles add thresholds (see `Threshold.profile` in the clauses);
 * they never remove one, and when several apply the strictest failing threshold is reported.
 */
import type { ProfileId } from './types';

export const PROFILES: readonly { id: ProfileId; title: string; summary: string }[] = [
  {
    id: 'ecc-baseline',
    title: 'ECC baseline',
    summary:
      'Always on. Checks the appendix against what ECC-2:2024 requires of third-party contracts, plus recommended defaults (from the product brief and design) reported as warnings.',
  },
  {
    id: 'ecc+cscc',
    title: 'ECC + critical systems (CSCC-1:2019)',
    summary:
      'For contracts touching critical systems: adds the CSCC numbers, such as access reviews every 3 months, penetration tests every 6 months, logs kept 18 months, monthly vulnerability scans, MFA for every user, no remote access from abroad and a Saudi provider.',
  },
  {
    id: 'ecc+ccc',
    title: 'ECC + cloud and hosting (CCC-2:2024)',
    summary:
      'For cloud or hosting services: adds the CCC expectations, such as tenant isolation, data returned in a usable format, advanced-level encryption, key backup held outside the provider, immediate session cut-off and 6-monthly penetration tests. Real-time incident notice is shown in hovers but not checked as a number.',
  },
  {
    id: 'brief-strict',
    title: 'Product brief, strict',
    summary:
      "Turns every number taken from the original product brief (24-hour incident notice, 7-day critical patching, yearly penetration test, 3-monthly access review, monthly reports and the like) from a recommendation into an error.",
  },
];
