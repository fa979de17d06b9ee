import QRCode from 'qrcode';

/** A QR code drawn at build time as inline SVG (no JavaScript in the page). */
export async function QrCode({ url, label, className = 'h-40 w-40' }: { url: string; label: string; className?: string }) {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return (
    <span
      role="img"
      aria-label={label}
      className={`inline-block bg-white ${className}`}
      data-qr-url={url}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
