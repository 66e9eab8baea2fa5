import { getPrincipal } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { contentDisposition } from "@/lib/files/content-disposition";
import { openAttachment } from "@/lib/files/download";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/** Downloads an attachment for whoever may see its request; everyone else gets the same 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const principal = await getPrincipal();
  if (!principal) return notFound();
  const { id } = await params;
  try {
    const file = await openAttachment(principal, id);
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.mime,
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": contentDisposition(file.name),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  } catch (err) {
    if (err instanceof NotFoundError) return notFound();
    throw err;
  }
}
