import { enhanceClipboard } from './clipboard';
import { enhanceLanguageSwitch } from './language-switch';
import { enhanceMissingClause } from './missing-clause';
import { enhanceReadingTools } from './reading-tools';
import { enhanceReferencePreviews } from './reference-preview';
import { enhanceRegionSelect } from './region-select';
import { enhanceContents } from './toc-spy';

// The agreement page's one script, loaded with `defer`: the page is complete without it.
const root = document.querySelector<HTMLElement>('.agreement');
if (root) {
  enhanceMissingClause();
  enhanceRegionSelect();
  enhanceLanguageSwitch();
  enhanceContents();
  enhanceReferencePreviews();
  enhanceClipboard(root);
  enhanceReadingTools(root);
  // Tests (e2e/helpers.ts `enhanced`) wait for this before they hover or press keys.
  document.documentElement.dataset.enhanced = 'agreement';
}
