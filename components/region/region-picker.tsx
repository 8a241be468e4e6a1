import type { TFunction } from 'i18next';
import { RegionSelect } from './region-select';

export interface RegionOption {
  key: string;
  name: string;
  href: string;
}

/** A labelled select (with JavaScript) and plain links (without): only the regions that apply. */
export function RegionPicker({
  options,
  current,
  t,
}: {
  options: RegionOption[];
  current: string;
  t: TFunction;
}) {
  if (options.length < 2) return null;
  return (
    <nav className="region-picker" aria-label={t('region.legend')}>
      <RegionSelect label={t('region.choose')} options={options} current={current} />
      <noscript>
        <ul className="region-links mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {options.map((option) => (
            <li key={option.key}>
              <a
                href={option.href}
                aria-current={option.key === current ? 'page' : undefined}
                className={option.key === current ? 'font-bold' : undefined}
              >
                {option.name}
              </a>
            </li>
          ))}
        </ul>
      </noscript>
    </nav>
  );
}
