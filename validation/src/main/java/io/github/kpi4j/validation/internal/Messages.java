package io.github.kpi4j.validation.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The standard rules' messages, from the bundles beside this class.
 *
 * <p>Only two languages exist, so the choice is made here rather than by the JDK's lookup: the JDK
 * falls back to the default locale when a requested one has no bundle of its own, and English lives
 * in the base bundle, so on a machine whose default is Chinese a request for English would come
 * back Chinese. Asking for {@link Locale#ROOT} or {@code zh_TW} exactly avoids the fallback.
 */
final class Messages {
  static final String BUNDLE = "io.github.kpi4j.validation.internal.messages";

  private static final Messages ENGLISH = new Messages(Locale.ENGLISH, Locale.ROOT);
  private static final Messages CHINESE =
      new Messages(Locale.TRADITIONAL_CHINESE, Locale.TRADITIONAL_CHINESE);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale, Locale bundleLocale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale);
  }

  /**
   * @param locale any locale
   * @return Traditional Chinese for any Chinese locale, English for any other
   */
  static Messages of(Locale locale) {
    return isChinese(locale) ? CHINESE : ENGLISH;
  }

  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * @return the locale messages are written in: English or Traditional Chinese
   */
  Locale locale() {
    return locale;
  }

  /**
   * @param key a key of the bundle
   * @param args the pattern's arguments; numbers are best given as text, to keep them ungrouped
   * @return the message
   */
  String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
