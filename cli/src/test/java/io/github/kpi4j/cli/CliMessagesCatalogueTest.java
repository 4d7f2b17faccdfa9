package io.github.kpi4j.cli;

import io.github.kpi4j.testing.Catalogues;
import org.junit.jupiter.api.Test;

/** Every word the command line prints of its own is there in English and Traditional Chinese. */
class CliMessagesCatalogueTest {
  @Test
  void should_word_every_message_in_both_languages_with_the_same_placeholders() {
    // GIVEN the command line's catalogue, whose English names the plans' Chinese terms
    // WHEN checked; THEN both languages hold every key alike
    Catalogues.assertTranslatedQuotingChinese(CliMessages.class, "messages");
  }
}
