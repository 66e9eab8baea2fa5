import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { openApiDocument } from "@/lib/api/openapi";

export async function generateMetadata() {
  return { title: (await getTranslations("api.docs"))("title") };
}

type Op = {
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: { $ref?: string } }> }>;
};

const refName = (ref?: string) => ref?.split("/").at(-1);

/** The served OpenAPI document, rendered for integrators: every operation, its parameters and answers, every schema. */
export default async function DevelopersPage() {
  const [t, doc] = [await getTranslations("api.docs"), openApiDocument()];
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Op>).map(([method, op]) => ({ path, method, op })),
  );
  const schemas = Object.entries(doc.components.schemas);
  return (
    <article className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2">{t("intro")}</p>
        <p className="mt-2">
          <a href="/api/v1/openapi.json" className="text-brand-700 underline">
            {t("download")}
          </a>{" "}
          ·{" "}
          <Link href="/help" className="text-brand-700 underline">
            {t("help")}
          </Link>
        </p>
      </header>
      <section aria-labelledby="auth" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="auth" className="text-xl font-semibold">
          {t("auth")}
        </h2>
        <p className="mt-2">{t("authBody")}</p>
        <pre className="mt-2 overflow-x-auto rounded bg-slate-900 p-3 text-sm text-white">
          <code>{"curl -H 'Authorization: Bearer rdk_…' https://<host>/api/v1/services.json"}</code>
        </pre>
      </section>
      <section aria-labelledby="signing" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="signing" className="text-xl font-semibold">
          {t("webhooks")}
        </h2>
        <p className="mt-2">{t("webhooksBody")}</p>
        <pre className="mt-2 overflow-x-auto rounded bg-slate-900 p-3 text-sm text-white">
          <code>{`X-Desk-Signature: t=1764496800,v1=<hex>
v1 = HMAC-SHA256(secret, t + "." + raw body)`}</code>
        </pre>
      </section>
      <section aria-labelledby="operations">
        <h2 id="operations" className="text-xl font-semibold">
          {t("operations")}
        </h2>
        <ul className="mt-3 space-y-4">
          {ops.map(({ path, method, op }) => (
            <li key={`${method} ${path}`} className="rounded-lg bg-white p-4 shadow-sm">
              <h3 className="break-all font-mono text-lg font-semibold">
                {method.toUpperCase()} /api/v1{path}
              </h3>
              {op.summary && (
                <p className="mt-1" lang="en">
                  {op.summary}
                </p>
              )}
              {op.parameters && op.parameters.length > 0 && (
                <div className="mt-2 overflow-x-auto">
                  <table className="w-full text-left text-sm">
                    <caption className="text-left font-medium">{t("parameters")}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="pr-3">
                          {t("name")}
                        </th>
                        <th scope="col" className="pr-3">
                          {t("in")}
                        </th>
                        <th scope="col">{t("description")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={p.name} className="border-t border-slate-200">
                          <td className="pr-3 font-mono">
                            {p.name}
                            {p.required ? " *" : ""}
                          </td>
                          <td className="pr-3">{p.in}</td>
                          <td lang="en">{p.description}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {op.requestBody && (
                <p className="mt-2 text-sm">
                  {t("body")}:{" "}
                  <a className="font-mono text-brand-700 underline" href={`#schema-${refName(op.requestBody.content["application/json"]?.schema.$ref)}`}>
                    {refName(op.requestBody.content["application/json"]?.schema.$ref)}
                  </a>
                </p>
              )}
              <dl className="mt-2 text-sm">
                {Object.entries(op.responses).map(([status, r]) => (
                  <div key={status} className="flex flex-wrap gap-2">
                    <dt className="font-mono font-semibold">{status}</dt>
                    <dd lang="en">
                      {r.description}
                      {r.content && (
                        <>
                          {" "}
                          —{" "}
                          <a className="font-mono text-brand-700 underline" href={`#schema-${refName(r.content["application/json"]?.schema.$ref)}`}>
                            {refName(r.content["application/json"]?.schema.$ref)}
                          </a>
                        </>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="schemas">
        <h2 id="schemas" className="text-xl font-semibold">
          {t("schemas")}
        </h2>
        {schemas.map(([name, schema]) => (
          <details key={name} id={`schema-${name}`} className="mt-3 rounded-lg bg-white p-4 shadow-sm">
            <summary className="cursor-pointer font-mono font-semibold">{name}</summary>
            <pre className="mt-2 overflow-x-auto text-sm">
              <code>{JSON.stringify(schema, null, 2)}</code>
            </pre>
          </details>
        ))}
      </section>
    </article>
  );
}
