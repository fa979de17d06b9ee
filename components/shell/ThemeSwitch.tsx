'use client';

import { useEffect, useState } from 'react';
import { parseThemeChoice, themeChoices, themeStorageKey, type ThemeChoice } from '@/lib/theme';

function apply(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  const root = document.documentElement;
  root.setAttribute('data-theme', dark ? 'dark' : 'light');
  root.style.colorScheme = dark ? 'dark' : 'light';
}

function read(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(themeStorageKey));
  } catch {
    return 'system';
  }
}

export function ThemeSwitch({ label, names }: { label: string; names: Record<ThemeChoice, string> }) {
  const [choice, setChoice] = useState<ThemeChoice>('system');

  useEffect(() => {
    // Read the stored preference after hydration (the inline script already painted it).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setChoice(read());
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      if (read() === 'system') apply('system');
    };
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);

  function choose(next: ThemeChoice) {
    setChoice(next);
    try {
      localStorage.setItem(themeStorageKey, next);
    } catch {
      // Storage can be blocked; the choice still applies to this page.
    }
    apply(next);
  }

  return (
    <div role="group" aria-label={label} className="inline-flex overflow-hidden rounded border border-line text-sm">
      {themeChoices.map((value) => (
        <button
          key={value}
          type="button"
          aria-pressed={choice === value}
          onClick={() => choose(value)}
          className="px-2 py-1 aria-pressed:bg-accent aria-pressed:text-accent-ink"
        >
          {names[value]}
        </button>
      ))}
    </div>
  );
}
