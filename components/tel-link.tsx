import { telHref } from "@/lib/checks/landline";

/** A phone number a person on a phone can tap to call. */
export function TelLink({ phone }: { phone: string }) {
  return (
    <a href={telHref(phone)} className="text-brand-700 underline">
      {phone}
    </a>
  );
}
