/**
 * The site's generated files, from the content (`npm run build:data`, run by `npm run build`
 * and `npm run dev` before Next): the data exports under public/data/ (lib/export), and
 * public/sitemap.xml, public/robots.txt and public/.well-known/security.txt (lib/site-files).
 * Absolute URLs come from SITE_URL (lib/export/site.ts); security.txt's contact from
 * SECURITY_CONTACT. The output is not committed; each run replaces it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadLibrary } from '../lib/agreements';
import { dataFiles, type DataFile } from '../lib/export/data-files';
import { siteUrl } from '../lib/export/site';
import { agreementRegions, loadRegions } from '../lib/regions/load-regions';
import { sitePages, sitemapXml } from '../lib/site-files/sitemap';
import { agreementPage } from '../lib/page/agreement-page';
import { reviewReport } from '../lib/page/review-report';
import { robotsTxt, securityTxt } from '../lib/site-files/well-known';

const publicDir = 'public';
const site = siteUrl();
if (!process.env.SITE_URL) console.log(`build-data: SITE_URL is not set; the absolute URLs name ${site}`);
const contact = process.env.SECURITY_CONTACT;
if (contact && !/^(mailto:|https:|tel:)/.test(contact))
  throw new Error(`SECURITY_CONTACT "${contact}" must be a mailto:, https: or tel: URI (RFC 9116 §2.5.3)`);

const agreements = loadLibrary();
const loaded = loadRegions();
const files: DataFile[] = [
  ...dataFiles({ agreements, loaded, site }),
  {
    path: '/sitemap.xml',
    content: sitemapXml(
      site,
      sitePages(
        agreements.map(({ slug }) => {
          const entry = agreementRegions(slug, loaded.data);
          const page = agreementPage(slug);
          return {
            slug,
            regions: entry?.regions ?? [],
            default: entry?.default,
            review: Boolean(page && reviewReport(page)),
          };
        }),
      ),
    ),
  },
  { path: '/robots.txt', content: robotsTxt(site) },
  { path: '/.well-known/security.txt', content: securityTxt(site, new Date(), contact) },
];

rmSync(path.join(publicDir, 'data'), { recursive: true, force: true });
for (const file of files) {
  const target = path.join(publicDir, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.content);
}
const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
const gzip = files.reduce((sum, file) => sum + gzipSync(file.content).length, 0);
console.log(`build-data: ${files.length} files for ${site}, ${kb(bytes)} (${kb(gzip)} gzip)`);
if (process.env.REPORT)
  for (const file of files)
    console.log(`${file.path}\t${Buffer.byteLength(file.content)}\t${gzipSync(file.content).length}`);

function kb(n: number): string {
  return `${(n / 1024).toFixed(0)} KB`;
}
