"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { recordId } from "@/lib/actions/fields";
import { textFields } from "@/lib/actions/form-state";
import { createApiKey, revokeApiKey, rotateApiKey, updateApiKeyGrant } from "@/lib/api/keys";
import { keyGrantSchema } from "@/lib/api/key-schemas";

// Checkbox groups arrive as repeated fields; the rest as text.
const readGrant = (fd: FormData) => ({ ...textFields(fd), types: fd.getAll("types").map(String), unitIds: fd.getAll("unitIds").map(String) });
const keyPages = (id?: string) => ["/admin/api-keys", ...(id ? [`/admin/api-keys/${id}`] : [])];

export const createApiKeyAction = formAction({
  name: "admin.createApiKey",
  roles: ["ADMIN"],
  schema: keyGrantSchema,
  read: readGrant,
  revalidate: () => keyPages(),
  // The key is in this answer only: it is never stored, so it is never shown again.
  run: async ({ principal, input }) => ({ message: "keyCreated", result: await createApiKey(principal, input) }),
});

export const updateApiKeyAction = formAction({
  name: "admin.updateApiKey",
  roles: ["ADMIN"],
  schema: keyGrantSchema.extend({ keyId: recordId }),
  read: readGrant,
  omit: ["keyId"],
  revalidate: ({ keyId }) => keyPages(keyId),
  run: async ({ principal, input: { keyId, ...grant } }) => {
    await updateApiKeyGrant(principal, keyId, grant);
    return { message: "keySaved" };
  },
});

export const rotateApiKeyAction = formAction({
  name: "admin.rotateApiKey",
  roles: ["ADMIN"],
  schema: z.object({ keyId: recordId }),
  omit: ["keyId"],
  revalidate: ({ keyId }) => keyPages(keyId),
  run: async ({ principal, input }) => ({ message: "keyRotated", result: await rotateApiKey(principal, input.keyId) }),
});

export const revokeApiKeyAction = formAction({
  name: "admin.revokeApiKey",
  roles: ["ADMIN"],
  schema: z.object({ keyId: recordId }),
  omit: ["keyId"],
  revalidate: ({ keyId }) => keyPages(keyId),
  run: async ({ principal, input }) => {
    await revokeApiKey(principal, input.keyId);
    return { message: "keyRevoked" };
  },
});
