package io.github.kpi4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.internal.Messages;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every problem io-json phrases itself has its message in English and in Traditional Chinese. */
class JsonMessagesTest {
  private static final Messages ENGLISH = JsonMessages.CATALOGUE.english();
  private static final Messages CHINESE = JsonMessages.CATALOGUE.traditionalChinese();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  @Test
  void should_have_the_same_keys_in_both_languages() {
    // GIVEN both catalogues WHEN comparing their keys THEN neither has one the other lacks
    assertThat(new TreeSet<>(CHINESE.keys())).isEqualTo(new TreeSet<>(ENGLISH.keys()));
  }

  @Test
  void should_use_the_same_placeholders_in_both_languages() {
    // GIVEN each key WHEN comparing the placeholders of its two messages THEN they are the same
    for (String key : ENGLISH.keys()) {
      assertThat(placeholders(CHINESE.pattern(key)))
          .as(key)
          .isEqualTo(placeholders(ENGLISH.pattern(key)));
    }
  }

  @Test
  void should_write_chinese_messages_in_chinese_and_english_ones_without_han() {
    // GIVEN each key WHEN reading its messages THEN the English one holds no Han character, and the
    // Chinese one does unless it is only a placeholder
    for (String key : ENGLISH.keys()) {
      assertThat(ENGLISH.pattern(key).codePoints().noneMatch(JsonMessagesTest::isHan))
          .as(key)
          .isTrue();
      if (!CHINESE.pattern(key).matches("\\{\\d+}")) {
        assertThat(CHINESE.pattern(key).codePoints().anyMatch(JsonMessagesTest::isHan))
            .as(key)
            .isTrue();
      }
    }
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
