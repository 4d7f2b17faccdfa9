package io.github.kpi4j.internal;

import java.util.Locale;

/**
 * The two languages kpi4j speaks, and how any requested locale maps to one of them: any Chinese
 * locale ({@code zh}, {@code zh-TW}, {@code zh-Hant}, {@code zh-CN}) to Traditional Chinese, every
 * other locale to English.
 *
 * <p>The choice is made here rather than by the JDK's {@link java.util.ResourceBundle} lookup: that
 * lookup falls back to the JVM's default locale when a requested one has no bundle, so on a
 * Taiwanese desktop a request for English would come back Chinese.
 */
public final class Locales {
  /** English, the language of the base message files. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** Traditional Chinese as written in Taiwan ({@code zh-TW}). */
  public static final Locale TRADITIONAL_CHINESE = Locale.TAIWAN;

  private Locales() {}

  /**
   * @param locale any locale
   * @return whether it asks for Chinese, of any script or region
   * @throws NullPointerException if {@code locale} is {@code null}
   */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * @param locale any locale
   * @return {@link #TRADITIONAL_CHINESE} for any Chinese locale, {@link #ENGLISH} for any other
   * @throws NullPointerException if {@code locale} is {@code null}
   */
  public static Locale supported(Locale locale) {
    Assert.notNull(locale, "locale");
    return isChinese(locale) ? TRADITIONAL_CHINESE : ENGLISH;
  }
}
