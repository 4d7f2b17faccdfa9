package io.github.kpi4j.validation.internal;

import io.github.kpi4j.internal.MessageCatalogue;
import io.github.kpi4j.internal.Messages;
import java.util.Locale;

/**
 * The built-in rules' messages: {@code messages.properties} and {@code messages_zh_TW.properties}
 * beside this class, in the one format of kpi4j's {@link MessageCatalogue catalogues}.
 */
final class RuleMessages {
  static final MessageCatalogue CATALOGUE =
      MessageCatalogue.load("messages", name -> RuleMessages.class.getResourceAsStream(name));

  private RuleMessages() {}

  /**
   * @param locale any locale
   * @return the messages in Traditional Chinese for any Chinese locale, in English for any other
   */
  static Messages of(Locale locale) {
    return CATALOGUE.in(locale);
  }
}
