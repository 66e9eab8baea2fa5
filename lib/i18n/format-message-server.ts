// The server's `use-intl/format-message` (aliased in next.config.js). Server components and lib/ code
// translate from the catalog's ICU strings; client components, rendered on the server too, get the
// compiled messages of lib/i18n/precompile.ts. This formatter takes both: compiled messages go to the
// format-only formatter the browser uses (so both render the same text), strings to the full one.
import type fullType from "use-intl/format-message";
import formatOnly from "use-intl/format-message/format-only";
// @ts-expect-error -- imported by its file because the package name is the one being aliased; typed just below.
import fullImpl from "../../node_modules/use-intl/dist/esm/production/format-message/index.js";

const full = fullImpl as typeof fullType;

export default function formatMessage(...args: Parameters<typeof fullType>): ReturnType<typeof fullType> {
  return Array.isArray(args[1]) ? (formatOnly as unknown as typeof fullType)(...args) : full(...args);
}
formatMessage.raw = full.raw;
