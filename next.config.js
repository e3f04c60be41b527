/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The launcher compresses responses instead (lib/server/compression.ts): Next.js would not let a route send
  // bytes it compressed itself.
  compress: false,
  // Server-only packages with native or wasm parts stay outside the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client", "prom-client"],
  typescript: {
    // `npm test` type-checks the whole project with tsc; the build need not repeat it.
    ignoreBuildErrors: true,
  },
};

export default nextConfig;
