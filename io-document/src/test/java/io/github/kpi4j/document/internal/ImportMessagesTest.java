package io.github.kpi4j.document.internal;

import io.github.kpi4j.testing.Catalogues;
import org.junit.jupiter.api.Test;

/** Every finding of an import has its message in English and in Traditional Chinese. */
class ImportMessagesTest {
  @Test
  void should_word_every_finding_in_both_languages_with_the_same_placeholders() {
    // GIVEN the module's catalogue; WHEN checked; THEN both languages hold every key alike
    Catalogues.assertTranslatedQuotingChinese(Report.class, "messages");
  }
}
