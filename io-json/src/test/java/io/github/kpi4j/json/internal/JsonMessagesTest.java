package io.github.kpi4j.json.internal;

import io.github.kpi4j.testing.Catalogues;
import org.junit.jupiter.api.Test;

/** Every problem io-json phrases itself has its message in English and in Traditional Chinese. */
class JsonMessagesTest {
  @Test
  void should_word_every_problem_in_both_languages_with_the_same_placeholders() {
    // GIVEN io-json's catalogue; WHEN checked; THEN both languages hold every key alike, the
    // English without Chinese (the plan's terms are arguments), the Chinese in Chinese
    Catalogues.assertTranslated(JsonMessages.class, "messages", "");
  }
}
