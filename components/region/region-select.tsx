/**
 * The region picker's select, each option's value its region's URL. islands/region-select.ts
 * goes there on change, keeping the clause anchor (#clause-13.9); without JavaScript the select
 * is hidden (`needs-js`) and the links beside it do the same.
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
        data-region-select=""
        className="rounded border border-line bg-paper px-[0.35rem] py-[0.15rem]"
        defaultValue={options.find((o) => o.key === current)?.href}
      >
        {options.map((option) => (
          <option key={option.key} value={option.href} data-region={option.key}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
