import './globals.css';

// The <html> element is rendered by app/[locale]/layout.tsx (so each locale has its own `lang`),
// by app/page.tsx (the language picker) and by app/global-not-found.tsx.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
