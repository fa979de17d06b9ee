/**
 * The root layout's not-found boundary. Unknown URLs never reach it: a static host serves
 * 404.html, drawn by app/global-not-found.tsx. It would show only if a page called notFound(),
 * which no exported page does. It is kept tiny because its tree is sent in every page's payload
 * (without this file, Next.js sends its default 404 markup, about 0.5 KiB gzip, on every page).
 */
export default function NotFound() {
  return <p>404</p>;
}
