import type { ShareLabels } from '@/components/share/CopyLink';
import type en from '@/content/en/messages/simulator.json';

/** The simulator's words: the page's `simulator` messages. */
export type SimMessages = typeof en;

/**
 * Messages that only server components show (the page's heading and intro, the rules' text, the
 * preset links and tables, the story's embed box, the copy button's text before the page turns it
 * into the share labels). The island is not given them, so the browser does not receive them a
 * second time in the page's payload. `satisfies` catches a key renamed in the message file.
 */
export const serverOnlyMessageKeys = ['title', 'description', 'intro', 'noJs', 'presets', 'rules', 'ruleText', 'presetTable', 'presetOutcomes', 'embed', 'copyLink'] as const satisfies readonly (keyof SimMessages)[];

/** The messages the island renders. */
export type SimClientMessages = Omit<SimMessages, (typeof serverOnlyMessageKeys)[number]>;

/** The island's words: its messages, plus the share button's. */
export type SimLabels = SimClientMessages & { share: ShareLabels };

/** Windows' own message for each failure the simulator can show, in the page's language. */
export type DialogMessages = Record<'0xC004C020' | '0xC004C003', string>;
