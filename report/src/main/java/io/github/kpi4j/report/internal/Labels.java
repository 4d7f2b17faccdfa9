package io.github.kpi4j.report.internal;

import io.github.kpi4j.internal.Locales;
import io.github.kpi4j.internal.MessageCatalogue;
import io.github.kpi4j.internal.Messages;
import java.util.Locale;

/**
 * The report's own words, in English or Traditional Chinese ({@code messages.properties} beside
 * this class, in the one format of kpi4j's catalogues): the plans' text is never here.
 */
public final class Labels {
  private static final MessageCatalogue CATALOGUE =
      MessageCatalogue.load("messages", name -> Labels.class.getResourceAsStream(name));

  private final Messages messages;

  /**
   * @param locale Traditional Chinese for any Chinese locale, else English
   */
  Labels(Locale locale) {
    this.messages = CATALOGUE.in(locale);
  }

  /**
   * @return {@code zh-Hant-TW} or {@code en}, the document's language tag
   */
  public String lang() {
    return isChinese() ? "zh-Hant-TW" : "en";
  }

  /**
   * @return whether the words are Chinese
   */
  boolean isChinese() {
    return Locales.isChinese(messages.locale());
  }

  /**
   * @return the locale of the words
   */
  Locale locale() {
    return messages.locale();
  }

  /**
   * @param key a key of {@code messages.properties}
   * @return its words
   */
  public String get(String key) {
    return messages.format(key);
  }

  /**
   * @param key a key of {@code messages.properties} whose words hold {@code {0}}, {@code {1}}…
   * @param arguments the values put in
   * @return the words
   */
  public String format(String key, Object... arguments) {
    return messages.format(key, arguments);
  }

  /**
   * @param key a key with the forms {@code .zero}, {@code .one} and {@code .other}
   * @param count the count
   * @return the words for the count
   */
  public String count(String key, long count) {
    return messages.count(key, count);
  }
}
