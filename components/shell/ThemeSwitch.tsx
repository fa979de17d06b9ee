'use client';

import { useSyncExternalStore } from 'react';
import { parseThemeChoice, themeChoices, themeStorageKey, type ThemeChoice } from '@/lib/theme';

const listeners = new Set<() => void>();

function read(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(themeStorageKey));
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  // app/globals.css turns data-theme into color-scheme, and with it every colour token.
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const onMedia = () => {
    if (read() === 'system') apply('system');
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== themeStorageKey && event.key !== null) return;
    apply(read());
    listener();
  };
  media.addEventListener('change', onMedia);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    media.removeEventListener('change', onMedia);
    window.removeEventListener('storage', onStorage);
  };
}

function choose(next: ThemeChoice) {
  try {
    localStorage.setItem(themeStorageKey, next);
  } catch {
    // Storage can be blocked; the choice still applies to this page.
  }
  apply(next);
  listeners.forEach((l) => l());
}

/** Light, dark or the device's setting. Hidden without JavaScript (.needs-js), where it could do nothing. */
export function ThemeSwitch({ label, names, classes }: { label: string; names: string[]; classes: [group: string, button: string] }) {
  const choice = useSyncExternalStore(subscribe, read, () => 'system' as ThemeChoice);
  return (
    <div role="group" aria-label={label} className={classes[0]}>
      {themeChoices.map((value, i) => (
        <button
          key={value}
          type="button"
          aria-pressed={choice === value}
          onClick={() => choose(value)}
          className={classes[1]}
        >
          {names[i]}
        </button>
      ))}
    </div>
  );
}
