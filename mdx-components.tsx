import type { MDXComponents } from 'mdx/types';

// Required by @next/mdx. Page-specific components (citations bound to the page's sources,
// glossary terms) are passed per page by components/content/MdxBody.tsx.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return components;
}
