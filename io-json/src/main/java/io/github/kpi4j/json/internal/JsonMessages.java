package io.github.kpi4j.json.internal;

import io.github.kpi4j.internal.MessageCatalogue;
import io.github.kpi4j.internal.Messages;
import java.util.Locale;
import tools.jackson.databind.DeserializationContext;

/**
 * io-json's message catalogue: every problem of a document that the reader reports, in English and
 * Traditional Chinese.
 *
 * <p>The deserializers are shared by every mapper, so the language travels with each reading: the
 * reader sets the attribute {@link #ATTRIBUTE} of Jackson's deserialization context to its {@link
 * Messages}, and a deserializer finds them with {@link #of(DeserializationContext)}. A mapper of
 * the application's own (through the Jackson module) sets nothing, and gets English.
 */
public final class JsonMessages {
  /** The catalogue: {@code messages.properties} and {@code messages_zh_TW.properties}. */
  public static final MessageCatalogue CATALOGUE =
      MessageCatalogue.load("messages", name -> JsonMessages.class.getResourceAsStream(name));

  /** The key of the context attribute that holds the reading's {@link Messages}. */
  static final Object ATTRIBUTE = JsonMessages.class;

  private JsonMessages() {}

  /**
   * @param ctxt the context of a reading
   * @return the messages the reading was given, or the English ones if it was given none
   */
  static Messages of(DeserializationContext ctxt) {
    Object messages = ctxt.getAttribute(ATTRIBUTE);
    return messages instanceof Messages ? (Messages) messages : CATALOGUE.english();
  }

  /**
   * @param locale any locale
   * @return the messages in that locale's language: Traditional Chinese for any Chinese locale,
   *     English for any other
   */
  public static Messages in(Locale locale) {
    return CATALOGUE.in(locale);
  }
}
