// The benchmark's floor: a bare page on the same Next.js version and export settings as the site.
export default { output: 'export', trailingSlash: true, images: { unoptimized: true } };
