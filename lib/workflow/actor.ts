// Who an event is by, as the Event row records it: a person (Event.actorId) or the system (actorId null),
// for what no person did: scheduled jobs (reminders, escalations, auto-close), retention, routing, API filing.

export type EventActor = { kind: "person"; id: string } | { kind: "system" };

export const SYSTEM = { kind: "system" } as const satisfies EventActor;

export function person(p: { id: string }): EventActor {
  return { kind: "person", id: p.id };
}

export function actorId(by: EventActor): string | null {
  return by.kind === "person" ? by.id : null;
}
