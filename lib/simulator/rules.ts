/**
 * Every rule the simulator follows, with its source ids (content/sources.json). Documented rules
 * follow Microsoft's text; where Microsoft documents nothing, the rule is a named assumption,
 * shown on the page as such, and the first two can be switched by the visitor.
 */
export interface Rule {
  id: string;
  kind: 'documented' | 'assumption';
  switchable?: keyof import('./types').Assumptions;
  sources: string[];
}

export const rules: Rule[] = [
  { id: 'count-preset', kind: 'documented', sources: ['MS-PLAN', 'M365-KEYFAQ'] },
  { id: 'each-activation-counts', kind: 'documented', sources: ['MS-ACT', 'TN-MAK'] },
  { id: 'limit-error', kind: 'documented', sources: ['MS-ERR', 'SLERROR'] },
  { id: 'more-by-exception', kind: 'documented', sources: ['M365-KEYS', 'MS-PLAN'] },
  { id: 'blocked-key', kind: 'documented', sources: ['MS-C003', 'MS-ERR'] },
  { id: 'seats-are-license', kind: 'documented', sources: ['M365-KEYS', 'MS-VA', 'TN-BLOG-2013'] },
  { id: 'license-stays-with-pc', kind: 'documented', sources: ['TN-BLOG-2013', 'BRIEF-JA', 'OL-TERMS'] },
  { id: 'sa-reassign', kind: 'documented', sources: ['BRIEF-JA'] },
  { id: 'retail-moves', kind: 'documented', sources: ['W7-EULA', 'MS-PLAN'] },
  { id: 'validation-checks-key', kind: 'documented', sources: ['W7-GENUINE'] },
  { id: 'reinstall-uses-activation', kind: 'assumption', switchable: 'reinstallUsesActivation', sources: ['PARTNER-FAQ', 'MS-ACT'] },
  { id: 'block-flags-existing', kind: 'assumption', switchable: 'blockFlagsExisting', sources: ['VA2-OPS', 'MS-KB4487266'] },
  { id: 'motherboard-is-new-hardware', kind: 'assumption', sources: ['W7-GENUINE', 'MS-ERR'] },
  { id: 'motherboard-keeps-license', kind: 'assumption', sources: ['MSSB-OEM', 'TN-BLOG-2013'] },
  { id: 'grant-amount', kind: 'assumption', sources: ['M365-KEYS'] },
  { id: 'retail-limit-unpublished', kind: 'assumption', sources: ['W7-GENUINE', 'PARTNER-FAQ'] },
];

/** Microsoft grants more activations by exception and publishes no amount: the simulator adds this many. */
export function grantAmount(seats: number): number {
  return Math.max(5, seats);
}
