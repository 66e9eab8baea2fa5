// What the help pages say, derived from the code that decides it: the type registry (fields, unit, SLA)
// and the state machine (who moves a request where). Words come from the catalogs; nothing is copied here.
import { requestTypes } from "@/lib/request-types/registry";
import type { UnitRule } from "@/lib/request-types/type-def";
import type { Locale } from "@/lib/i18n/locales";
import type { SlaSpec } from "@/lib/sla/working-time";
import { ACTIONS, STATUSES, transition, type Action, type Actor, type Status } from "@/lib/workflow/state-machine";

export const AUDIENCES = ["enterprise", "staff", "integrator"] as const;
export type Audience = (typeof AUDIENCES)[number];

export type HelpType = {
  key: string;
  label: string;
  description: string;
  fields: { label: string; help: string | null; required: boolean }[];
  unit: UnitRule;
  sla: SlaSpec;
};

/** Every registered type as a person filing it needs to know it, in one language. */
export function helpTypes(locale: Locale): HelpType[] {
  return requestTypes().map((def) => {
    const words = def.messages[locale];
    return {
      key: def.key,
      label: words.label,
      description: words.description,
      fields: def.fields.map((f) => ({ label: words.fields[f.name]?.label ?? f.name, help: words.fields[f.name]?.help ?? null, required: !f.optional })),
      unit: def.unit,
      sla: def.sla,
    };
  });
}

export type Step = { action: Action; to: Status; actor: Actor };

/** From each status, every step the state machine allows and who takes it; statuses with none are final. */
export function nextSteps(): { status: Status; steps: Step[] }[] {
  const actors: Actor[] = ["ENTERPRISE", "UNIT", "SYSTEM"];
  return STATUSES.map((status) => ({
    status,
    steps: ACTIONS.flatMap((action) =>
      actors.flatMap((actor) => {
        const r = transition(status, action, actor);
        // Reassigning keeps the status: it is not a step in the life of the request.
        return r.ok && r.to !== status ? [{ action, to: r.to, actor }] : [];
      }),
    ),
  }));
}
