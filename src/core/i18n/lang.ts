/**
 * The one language type of the product: Vietnamese (the default everywhere) and English. Every
 * user-visible text has both; domain words (Bằng khen, Chiến sĩ thi đua cơ sở) stay Vietnamese in
 * English texts too, being the official names users search for.
 */
export type Lang = "vi" | "en";

/** A text in both languages, ready to show. */
export type Localized = Record<Lang, string>;

/** A language tag or locale ("en-US", "en_GB.UTF-8", "vi-VN") -> our language: any English is en, else vi. */
export function langOf(tag: string | undefined | null): Lang {
  return tag && /^en([_.@-]|$)/i.test(tag) ? "en" : "vi";
}
