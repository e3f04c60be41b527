import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppNav } from "@/components/shell/AppNav";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Watchwall", template: "%s · Watchwall" },
  description: "Self-hosted dashboards for AWS CloudWatch",
  // Wall screens install Watchwall as a full-screen app (public/manifest.webmanifest).
  manifest: "/manifest.webmanifest",
  icons: { apple: "/icons/icon-192.png" },
};

export const viewport: Viewport = { themeColor: "#0f1419" };

// Every page is rendered per request: its inline scripts carry the nonce of that response's
// Content-Security-Policy (lib/auth/security-headers.ts), which HTML prerendered at build time cannot have.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <div className="shell">
            <AppNav />
            <main className="shell-main">{children}</main>
          </div>
        </Providers>
      </body>
    </html>
  );
}
