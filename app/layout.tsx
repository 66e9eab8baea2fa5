import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/precompile";
import { cookies } from "next/headers";
import { AppHeader } from "@/components/app-header";
import { SiteFooter } from "@/components/site-footer";
import { CARE_COOKIE, isCareOn } from "@/lib/i18n/care-mode";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("tagline"),
    manifest: "/manifest.webmanifest",
    icons: { icon: "/favicon.ico", apple: "/apple-touch-icon.png" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, messages, jar] = await Promise.all([getLocale(), getTranslations("common"), getMessages(), cookies()]);
  return (
    <html lang={locale} data-care={isCareOn(jar.get(CARE_COOKIE)?.value) ? "on" : undefined}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-black"
        >
          {t("skipToContent")}
        </a>
        {/* Only "common" reaches every page's client components; areas add their own (components/client-messages.tsx). */}
        <NextIntlClientProvider messages={clientMessages(messages, ["common"])}>
          <AppHeader />
          <main id="main" className="mx-auto max-w-7xl px-4 py-6">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
