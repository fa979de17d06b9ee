// Says which Chromium the end-to-end tests will use, or fails with one clear line on how to get one.
import { describeMissingBrowser, testBrowserPath } from './chromium.mjs';

const path = testBrowserPath();
if (path) {
  console.log(`e2e browser: ${path}`);
} else {
  console.error(describeMissingBrowser());
  process.exit(1);
}
