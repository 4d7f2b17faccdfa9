package io.github.kpi4j.assessment;

import io.github.kpi4j.internal.MessageCatalogue;
import io.github.kpi4j.internal.Messages;
import java.util.Locale;

/**
 * The messages of the assessment's findings: {@value #ENGLISH} and {@value #TRADITIONAL_CHINESE}
 * beside this class, one key per rule id (see FINDINGS.md), in the one format of kpi4j's {@link
 * MessageCatalogue catalogues}.
 */
final class AssessmentMessages {
  static final String ENGLISH = "messages.properties";
  static final String TRADITIONAL_CHINESE = "messages_zh_TW.properties";

  static final MessageCatalogue CATALOGUE =
      MessageCatalogue.load("messages", name -> AssessmentMessages.class.getResourceAsStream(name));

  private AssessmentMessages() {}

  /**
   * @param locale any locale
   * @return the messages in Traditional Chinese for any Chinese locale, in English for any other
   */
  static Messages of(Locale locale) {
    return CATALOGUE.in(locale);
  }
}
