import { Suspense } from "react";
import { ExploreView } from "@/components/explore/ExploreView";

export const metadata = { title: "Explore metrics" };

export default function Page() {
  return (
    <>
      <h1 className="page-title">Explore metrics</h1>
      {/* The explorer reads its state from the query string, which is only known in the browser. */}
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <ExploreView />
      </Suspense>
    </>
  );
}
