import type { ShareLabels } from '@/components/share/CopyLink';
import type en from '@/content/en/messages/simulator.json';

/** The simulator's words: the page's `simulator` messages, plus the share button's. */
export type SimMessages = typeof en;
export type SimLabels = SimMessages & { share: ShareLabels };

/** Windows' own message for each failure the simulator can show, in the page's language. */
export type DialogMessages = Record<'0xC004C020' | '0xC004C003', string>;
