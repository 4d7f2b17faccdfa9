package io.github.kpi4j.cli;

import io.github.kpi4j.internal.MessageCatalogue;
import io.github.kpi4j.internal.Messages;
import java.util.Locale;

/**
 * The CLI's own words in the language chosen with {@code --lang}: {@code messages.properties} and
 * {@code messages_zh_TW.properties} beside this class, in the one format of kpi4j's {@link
 * MessageCatalogue catalogues}. The messages of findings are not here: the validator and the
 * assessor write them in that language.
 */
final class CliMessages {
  static final MessageCatalogue CATALOGUE =
      MessageCatalogue.load("messages", name -> CliMessages.class.getResourceAsStream(name));

  private CliMessages() {}

  /**
   * @param locale the language
   * @return its messages: Traditional Chinese for any Chinese locale, English for any other
   */
  static Messages of(Locale locale) {
    return CATALOGUE.in(locale);
  }

  /**
   * @param messages the CLI's words
   * @return "2 errors, 1 warning, no notes" in their language
   */
  static String counts(Messages messages, long errors, long warnings, long notes) {
    return messages.format(
        "validate.counts",
        messages.count("count.errors", errors),
        messages.count("count.warnings", warnings),
        messages.count("count.notes", notes));
  }

  /**
   * @param messages the CLI's words
   * @return "3 plans checked: 2 valid, 1 not valid" in their language
   */
  static String total(Messages messages, long plans, long valid, long invalid) {
    return messages.format(
        "validate.total",
        messages.count("count.plans", plans),
        messages.number(valid),
        messages.number(invalid));
  }
}
