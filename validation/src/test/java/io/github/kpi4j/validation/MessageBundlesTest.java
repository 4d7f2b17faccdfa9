package io.github.kpi4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessageBundlesTest {
  private static final String ENGLISH = "/io/github/kpi4j/validation/internal/messages.properties";
  private static final String CHINESE =
      "/io/github/kpi4j/validation/internal/messages_zh_TW.properties";

  /** Reads a bundle strictly as UTF-8, as the JDK does, so a mis-encoded file shows. */
  private static Properties load(String resource) throws IOException {
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)));
      return properties;
    }
  }

  static Stream<String> standardRuleIds() {
    return PlanValidator.standardRules().stream().map(PlanRule::id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardRuleIds")
  void should_have_a_message_for_every_standard_rule_in_both_languages(String ruleId)
      throws IOException {
    // GIVEN both bundles
    Properties english = load(ENGLISH);
    Properties chinese = load(CHINESE);
    // WHEN the rule's key is looked up, THEN both have a non-blank message
    assertThat(english.getProperty(ruleId)).as("English " + ruleId).isNotBlank();
    assertThat(chinese.getProperty(ruleId)).as("Chinese " + ruleId).isNotBlank();
    // AND the Chinese one is Chinese: it holds CJK ideographs, more of them than Latin letters
    String message = chinese.getProperty(ruleId);
    long han =
        message
            .codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            .count();
    long latin =
        message.codePoints().filter(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')).count();
    assertThat(han).as("Han characters in " + message).isGreaterThan(Math.max(4, latin));
  }

  @Test
  void should_have_the_same_keys_in_both_languages() throws IOException {
    assertThat(load(CHINESE).stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load(ENGLISH).stringPropertyNames());
  }

  @Test
  void should_write_messages_in_the_catalogue_format_with_nothing_escaped() throws IOException {
    for (String resource : new String[] {ENGLISH, CHINESE}) {
      Properties bundle = load(resource);
      for (String key : bundle.stringPropertyNames()) {
        String pattern = bundle.getProperty(key);
        // One escaping rule for every catalogue: none. An apostrophe is written once, and the only
        // braces are placeholders {0} … {9}.
        assertThat(pattern).as(resource + " " + key).isNotBlank().doesNotContain("''");
        assertThat(pattern.replaceAll("\\{[0-9]}", ""))
            .as(resource + " " + key)
            .doesNotContain("{")
            .doesNotContain("}");
      }
    }
  }
}
