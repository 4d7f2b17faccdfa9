package io.github.kpi4j.report.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** The report's own words, in English or Traditional Chinese: the plans' text is never here. */
public final class Labels {
  private static final String BUNDLE = "io.github.kpi4j.report.internal.Labels";

  private final Locale locale;
  private final ResourceBundle bundle;

  /**
   * @param locale Traditional Chinese for any Chinese locale, else English
   */
  Labels(Locale locale) {
    this.locale =
        "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage())
            ? Locale.TRADITIONAL_CHINESE
            : Locale.ENGLISH;
    this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale);
  }

  /**
   * @return {@code zh-Hant-TW} or {@code en}, the document's language tag
   */
  public String lang() {
    return locale.getLanguage().equals("zh") ? "zh-Hant-TW" : "en";
  }

  /**
   * @return the locale of the words
   */
  Locale locale() {
    return locale;
  }

  /**
   * @param key a key of {@code Labels.properties}
   * @return its words
   */
  public String get(String key) {
    return bundle.getString(key);
  }

  /**
   * @param key a key of {@code Labels.properties} whose words hold {@code {0}}, {@code {1}}…
   * @param arguments the values put in
   * @return the words
   */
  public String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
