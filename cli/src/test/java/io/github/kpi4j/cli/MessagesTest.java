package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void should_translate_every_message() throws IOException {
    // GIVEN the English and the Chinese bundle
    Properties english = load("Messages.properties");
    Properties chinese = load("Messages_zh_TW.properties");
    // WHEN their keys are compared  THEN each has exactly the other's
    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
  }

  @Test
  void should_speak_english_even_when_the_jvm_speaks_chinese() {
    // GIVEN a JVM whose default locale is Taiwanese Chinese
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.TRADITIONAL_CHINESE);
    try {
      // WHEN English messages are asked for  THEN they are English, not the default's
      assertThat(Messages.of(Locale.ENGLISH).get("rating.achieved")).isEqualTo("achieved");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void should_speak_chinese_for_zh_tw() {
    assertThat(Messages.of(Locale.TRADITIONAL_CHINESE).get("rating.achieved")).isEqualTo("達成");
  }

  @Test
  void should_count_findings_in_words() {
    // GIVEN counts of findings  WHEN put in words  THEN singular and plural read right
    Messages english = Messages.of(Locale.ENGLISH);
    assertThat(english.get("validate.counts", 0, 1, 2)).isEqualTo("no errors, 1 warning, 2 notes");
    assertThat(english.get("validate.counts", 1234, 0, 0))
        .isEqualTo("1,234 errors, no warnings, no notes");
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
