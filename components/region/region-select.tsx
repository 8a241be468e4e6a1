'use client';

/**
 * The region picker's select: choosing a region goes to that region's URL and keeps the clause
 * anchor (#clause-13.9). Without JavaScript the links rendered beside it do the same.
 */
export function RegionSelect({
  label,
  options,
  current,
}: {
  label: string;
  options: { key: string; name: string; href: string }[];
  current: string;
}) {
  return (
    <label className="region-select needs-js">
      <span>{label}</span>{' '}
      <select
        defaultValue={current}
        onChange={(event) => {
          const option = options.find((o) => o.key === event.target.value);
          if (option) window.location.assign(option.href + window.location.hash);
        }}
      >
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
