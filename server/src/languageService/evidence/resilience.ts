/**
 * Exercise and continuity cadences: joint tabletop exercises (EV-22) and DR and restore tests (EV-23), each at the
 * interval the appendix agrees, with the 5-day cadence grace.
 *   bad:  exercises: [{type: joint_tabletop, performed_on: 2024-11-20}]   as of 2025-11-25, 12-month interval
 *   good: exercises: [{type: joint_tabletop, performed_on: 2024-11-20}, {type: joint_tabletop, performed_on: 2025-11-12}]
 */
import type { Finding } from '../findings';
import { cadenceFindings } from './cadence';
import { entries, intTerm, type EvidenceContext } from './context';
import { dateOf } from './time';

function dated(ctx: EvidenceContext, section: 'exercises' | 'continuity_tests', type: string) {
  return entries(ctx, section)
    .filter((e) => e.item.type === type && dateOf(e.item.performed_on))
    .map((e) => ({ date: String(e.item.performed_on), path: [...e.path, 'performed_on'] }));
}

/** EV-22: joint tabletop exercises (`type: joint_tabletop`; a technical drill is not a joint tabletop). */
export function ev22(ctx: EvidenceContext): Finding[] {
  const interval = intTerm(ctx, 'incident.ir_plan_and_exercise', 'joint_exercise_interval_months');
  if (!interval) return [];
  return cadenceFindings(ctx, {
    check: 'EV-22',
    what: 'joint-exercise',
    items: dated(ctx, 'exercises', 'joint_tabletop'),
    interval,
    unit: 'months',
    section: 'exercises',
  });
}

/** EV-23: DR tests and restore tests, each at its own interval (any result counts as a test held). */
export function ev23(ctx: EvidenceContext): Finding[] {
  const out: Finding[] = [];
  for (const [type, key, what] of [
    ['dr_test', 'dr_test_interval_months', 'dr-test'],
    ['restore_test', 'restore_test_interval_months', 'restore-test'],
  ] as const) {
    const interval = intTerm(ctx, 'resilience.bcp_dr_backup', key);
    if (!interval) continue;
    out.push(
      ...cadenceFindings(ctx, { check: 'EV-23', what, items: dated(ctx, 'continuity_tests', type), interval, unit: 'months', section: 'continuity_tests' }),
    );
  }
  return out;
}
