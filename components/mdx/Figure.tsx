/** A figure with a caption; its content can be an image, a table or a simulated screen. */
export function Figure({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    <figure className="not-prose my-6">
      {children}
      <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption>
    </figure>
  );
}
