import en from '@/content/en/messages/simulator.json';
import ja from '@/content/ja/messages/simulator.json';
import { getCode } from '@/lib/errors/data';
import type { Locale } from '@/lib/i18n/locales';
import { serverOnlyMessageKeys, type DialogMessages, type SimClientMessages, type SimMessages } from './labels';

// Typed against the English file, so a key missing in Japanese fails the type check.
const all: Record<Locale, SimMessages> = { en, ja };

/** The simulator's messages in one language (for server components). */
export function simMessages(locale: Locale): SimMessages {
  return all[locale];
}

/** The messages the simulator island needs (for its props): the server-only ones left out. */
export function simClientMessages(locale: Locale): SimClientMessages {
  const omit = new Set<string>(serverOnlyMessageKeys);
  return Object.fromEntries(Object.entries(all[locale]).filter(([key]) => !omit.has(key))) as SimClientMessages;
}

/** Windows' own message for each code the simulator can show, from the error data. */
export function dialogMessages(locale: Locale): DialogMessages {
  const text = (hex: string) => getCode(hex)?.message[locale] ?? hex;
  return { '0xC004C020': text('0xC004C020'), '0xC004C003': text('0xC004C003') };
}
