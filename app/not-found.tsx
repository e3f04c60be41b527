import Link from "next/link";

export const metadata = { title: "Not found" };

/** Any unknown address, in the app's own frame: say so and offer the ways back. */
export default function NotFound() {
  return (
    <section className="card" data-testid="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="page-title">
        Page not found
      </h1>
      <p className="muted">
        There is nothing at this address. It may have been moved, or the link is mistyped.
      </p>
      <p>
        <Link href="/dashboards">Go to the dashboards</Link> · <Link href="/">Home</Link>
      </p>
    </section>
  );
}
