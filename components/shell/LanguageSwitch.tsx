'use client';

import { usePathname } from 'next/navigation';
import { switchLocalePath, type Locale } from '@/lib/i18n/locales';
import { withBasePath } from '@/lib/site';

/**
 * Links to the same page in the other language. The query string and #fragment (a simulator
 * scenario, a presenter step) are carried over when the link is followed.
 */
export function LanguageSwitch({ to, label, title, className }: { to: Locale; label: string; title: string; className: string }) {
  const pathname = usePathname() ?? '/';
  const href = withBasePath(switchLocalePath(pathname, to));
  return (
    <a
      href={href}
      hrefLang={to}
      lang={to}
      title={title}
      className={className}
      data-testid="language-switch"
      onClick={(event) => {
        event.currentTarget.href = href + window.location.search + window.location.hash;
      }}
    >
      {label}
    </a>
  );
}
