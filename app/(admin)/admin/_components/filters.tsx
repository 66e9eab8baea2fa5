import Link from "next/link";

// The pieces of a GET filter form: the filters live in the address, so a view can be shared or bookmarked.
const control = "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2";

export function FilterSearch({ name, label, value }: { name: string; label: string; value?: string }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input id={name} name={name} type="search" defaultValue={value ?? ""} className={control} />
    </div>
  );
}

export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterDate({ name, label, value }: { name: string; label: string; value?: string }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input id={name} name={name} type="date" defaultValue={value ?? ""} className={control} />
    </div>
  );
}

export function FilterButtons({ apply, reset, resetHref }: { apply: string; reset: string; resetHref: string }) {
  return (
    <div className="col-span-full flex items-end gap-3">
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {apply}
      </button>
      <Link href={resetHref} className="text-brand-700 underline">
        {reset}
      </Link>
    </div>
  );
}
