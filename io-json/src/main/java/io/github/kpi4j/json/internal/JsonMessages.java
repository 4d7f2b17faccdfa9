package io.github.kpi4j.json.internal;

import io.github.kpi4j.internal.MessageCatalogue;
import io.github.kpi4j.internal.Messages;
import java.util.Locale;

/**
 * io-json's message catalogue: the problems of documents that cannot be read as JSON, in English
 * and Traditional Chinese.
 */
public final class JsonMessages {
  /** The catalogue: {@code messages.properties} and {@code messages_zh_TW.properties}. */
  public static final MessageCatalogue CATALOGUE =
      MessageCatalogue.load("messages", name -> JsonMessages.class.getResourceAsStream(name));

  private JsonMessages() {}

  /**
   * @param locale any locale
   * @return the messages in that locale's language: Traditional Chinese for any Chinese locale,
   *     English for any other
   */
  public static Messages in(Locale locale) {
    return CATALOGUE.in(locale);
  }
}
