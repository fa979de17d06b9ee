import '../floor.css';

export const metadata = { title: '床', description: 'ベンチマークの床：日本語の段落が 1 つだけのページ。' };

export default function RootLayout({ children }) {
  return (
    <html lang="ja">
      <body>{children}</body>
    </html>
  );
}
