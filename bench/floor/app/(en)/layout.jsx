import '../floor.css';

export const metadata = { title: 'Floor', description: 'A bare Next.js page for the benchmark floor.' };

// Two root layouts (route groups), so the Japanese floor has <html lang="ja"> as the site's pages do.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
