package io.github.kpi4j.validation.internal;

import io.github.kpi4j.testing.Catalogues;
import org.junit.jupiter.api.Test;

/** Every finding of the built-in rules is worded in English and in Traditional Chinese alike. */
class RuleMessagesCatalogueTest {
  @Test
  void should_word_every_finding_in_both_languages_with_the_same_placeholders() {
    // GIVEN the rules' catalogue, whose English quotes the plans' Chinese terms (年度目標值)
    // WHEN checked; THEN both languages hold every key alike
    Catalogues.assertTranslatedQuotingChinese(RuleMessages.class, "messages");
  }
}
