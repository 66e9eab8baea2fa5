import type { TypeMessages } from "@/lib/request-types/type-def";

/** A request type's words in one language, each falling back to the name it stands for. */
export type TypeWords = {
  label: string;
  description: string;
  field: (name: string) => string;
  help: (name: string) => string | undefined;
  option: (name: string, value: string) => string;
};

/**
 * The words of request type `key` from its own messages (`def.messages[locale]`, which the catalogs serve
 * as `types.<key>.…`). Read here, not by `t("types.…")`: a type's key and its field and option names are
 * data (registered at run time, stored on rows), which next-intl's typed keys cannot name. A type, field
 * or option nobody registered (an old row, a forged value) shows by its name. No registry import, so
 * client components can use it with the messages their page hands them.
 */
export function wordsOfType(messages: TypeMessages | undefined, key: string): TypeWords {
  const field = (name: string) => (messages && Object.hasOwn(messages.fields, name) ? messages.fields[name] : undefined);
  return {
    label: messages?.label ?? key,
    description: messages?.description ?? "",
    field: (name) => field(name)?.label ?? name,
    help: (name) => field(name)?.help,
    option: (name, value) => {
      const options = field(name)?.options;
      return options && Object.hasOwn(options, value) ? options[value] : value;
    },
  };
}
