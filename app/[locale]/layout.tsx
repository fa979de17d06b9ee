import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { Footer } from '@/components/shell/Footer';
import { Header } from '@/components/shell/Header';
import { ThemeScript } from '@/components/shell/ThemeScript';
import { validateContent } from '@/lib/content/load';
import { isLocale, locales } from '@/lib/i18n/locales';

export const dynamicParams = false;

export function generateStaticParams() {
  // Validating here makes `next build` fail on any content problem, naming the file and field.
  validateContent();
  return locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* The canvas follows the device from the first byte; CSS and the theme script refine it. */}
        <meta name="color-scheme" content="light dark" />
        {/* Nothing is drawn until the empty #header-end after the header has been parsed, so the
            header is whole in the first frame: a frame drawn mid-header showed the menu's
            <details> with the browser's own summary, then moved it (CLS; README, "19:36Z and
            20:26Z on the same host"). */}
        <link rel="expect" href="#header-end" blocking="render" />
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col bg-page text-ink antialiased">
        <Header locale={locale} />
        <div id="header-end" hidden />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <Footer locale={locale} />
      </body>
    </html>
  );
}
