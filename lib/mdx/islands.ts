/**
 * The MDX components (see components/mdx/components.tsx) that hold a client island. A body that
 * uses one of them is hydrated as usual; any other body is kept as server markup
 * (components/content/StaticMarkup.tsx), since nothing in it runs in the browser.
 */
export const islandComponents = ['SimulatorEmbed'] as const;

const islandTag = new RegExp(`<(?:${islandComponents.join('|')})(?=[\\s/>])`);

/** True when the MDX source uses a component with a client island. */
export function usesIsland(body: string): boolean {
  return islandTag.test(body);
}
