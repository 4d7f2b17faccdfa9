package io.github.kpi4j.report.internal;

import io.github.kpi4j.testing.Catalogues;
import org.junit.jupiter.api.Test;

/** Every word of the report is there in English and in Traditional Chinese. */
class LabelsCatalogueTest {
  @Test
  void should_word_the_report_in_both_languages_with_the_same_placeholders() {
    // GIVEN the report's catalogue; WHEN checked; THEN both languages hold every key alike
    Catalogues.assertTranslatedQuotingChinese(Labels.class, "messages");
  }
}
