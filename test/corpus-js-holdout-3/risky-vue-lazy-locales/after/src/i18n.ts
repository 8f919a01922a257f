import { createI18n } from "vue-i18n";
import en from "./locales/en.json";

export const i18n = createI18n({
  legacy: false,
  locale: "en",
  fallbackLocale: "en",
  messages: { en },
});

const cdn = (window as any).__APP_CONFIG__?.localeBase ?? "https://cdn.recipebox.app/i18n";

export async function switchLocale(lang = new URLSearchParams(location.search).get("lang") ?? "en") {
  if (lang !== "en") {
    const mod = await import(/* @vite-ignore */ `${cdn}/${lang}.js`);
    i18n.global.setLocaleMessage(lang, mod.default);
  }
  i18n.global.locale.value = lang;
}
