/** The budgets `npm run bench -- --check` holds the measurements to (issue: measured quality). */
export const budgets = {
  /** On the agreement pages; the library page is held to 95. */
  agreementMobilePerformanceMin: 100,
  mobilePerformanceMin: 95,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  cls: 0,
  agreementJsGzipMaxBytes: 15 * 1024,
  htmlToFloorMax: 2,
  totalToFloorMax: 2.5,
  lcpToFloorMax: 1.3,
  loadErrors: 0,
  loadNon2xx: 0,
};

interface Report {
  pages: {
    path: string;
    sizes: { js: number };
    htmlToFloor: number | null;
    totalToFloor: number | null;
    lcpToFloor: number | null;
    mobile: { performance: number; accessibility: number; bestPractices: number; seo: number; cls: number };
    desktop: { accessibility: number; bestPractices: number; seo: number; cls: number };
  }[];
  load: { errors: number; non2xx: number; timeouts: number };
}

/** One line per budget: the figure, the bound, PASS or MISS. Never loosens a measurement. */
export function checkBudgets(report: Report): { lines: string[]; failed: number } {
  const lines: string[] = [];
  let failed = 0;
  const hold = (name: string, figure: number, ok: boolean, bound: string) => {
    if (!ok) failed++;
    lines.push(`${ok ? 'PASS' : 'MISS'} ${name}: ${figure} (budget ${bound})`);
  };
  for (const page of report.pages) {
    const m = page.mobile;
    const agreement = page.path.includes('/agreements/');
    const minimum = agreement ? budgets.agreementMobilePerformanceMin : budgets.mobilePerformanceMin;
    hold(`${page.path} mobile performance`, m.performance, m.performance >= minimum, `≥ ${minimum}`);
    for (const form of ['mobile', 'desktop'] as const) {
      const l = page[form];
      hold(
        `${page.path} ${form} accessibility`,
        l.accessibility,
        l.accessibility === budgets.accessibility,
        '= 100',
      );
      hold(
        `${page.path} ${form} best practices`,
        l.bestPractices,
        l.bestPractices === budgets.bestPractices,
        '= 100',
      );
      hold(`${page.path} ${form} SEO`, l.seo, l.seo === budgets.seo, '= 100');
      hold(`${page.path} ${form} CLS`, l.cls, l.cls === budgets.cls, '= 0');
    }
    if (agreement) {
      hold(
        `${page.path} JavaScript gzip bytes`,
        page.sizes.js,
        page.sizes.js <= budgets.agreementJsGzipMaxBytes,
        `≤ ${budgets.agreementJsGzipMaxBytes}`,
      );
      if (page.htmlToFloor !== null)
        hold(
          `${page.path} HTML gzip / floor`,
          page.htmlToFloor,
          page.htmlToFloor <= budgets.htmlToFloorMax,
          `≤ ${budgets.htmlToFloorMax}`,
        );
      if (page.totalToFloor !== null)
        hold(
          `${page.path} HTML + JS + CSS gzip / floor`,
          page.totalToFloor,
          page.totalToFloor <= budgets.totalToFloorMax,
          `≤ ${budgets.totalToFloorMax}`,
        );
      if (page.lcpToFloor !== null)
        hold(
          `${page.path} mobile LCP / the floor page's`,
          page.lcpToFloor,
          page.lcpToFloor <= budgets.lcpToFloorMax,
          `≤ ${budgets.lcpToFloorMax}`,
        );
    }
  }
  hold(
    'load errors + timeouts',
    report.load.errors + report.load.timeouts,
    report.load.errors + report.load.timeouts === budgets.loadErrors,
    '= 0',
  );
  hold('load non-2xx', report.load.non2xx, report.load.non2xx === budgets.loadNon2xx, '= 0');
  return { lines, failed };
}
