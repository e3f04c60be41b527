import { releaseTicket, streamTicket, ticketById } from "@/lib/logs/service";
import { scopedPrincipalOf } from "@/lib/scoped-access/allowed-views";
import { checkTicketHolder } from "@/lib/scoped-access/logs";
import { NotFoundError, route } from "@/lib/server/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// GET streams the run as NDJSON (one JSON event per line) until it ends; nothing may buffer it, hence
// no-transform (no compression) and X-Accel-Buffering for proxies. DELETE releases the viewer's ticket; the
// last viewer out stops the query in AWS. A wall screen or anonymous viewer may only touch its own tickets.
// A ticket opened on another replica is found through PostgreSQL (lib/logs/tickets.ts).

export const GET = route(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const ticket = await ticketById(id);
  if (!ticket) throw new NotFoundError(`query ${id} does not exist or has been released`);
  checkTicketHolder(scopedPrincipalOf(request), ticket);
  const encoder = new TextEncoder();
  const abort = new AbortController();
  request.signal.addEventListener("abort", () => abort.abort());
  const events = streamTicket(ticket, abort.signal);
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await events.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      abort.abort();
      await events.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
});

export const DELETE = route(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const principal = scopedPrincipalOf(request);
  if (!(await releaseTicket(id, (ticket) => checkTicketHolder(principal, ticket))))
    throw new NotFoundError(`query ${id} does not exist or has been released`);
  return new Response(null, { status: 204 });
});
