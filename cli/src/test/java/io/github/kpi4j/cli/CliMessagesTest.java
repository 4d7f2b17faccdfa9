package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CliMessagesTest {
  @Test
  void should_translate_every_message() throws IOException {
    // GIVEN the English and the Chinese bundle
    Properties english = load("messages.properties");
    Properties chinese = load("messages_zh_TW.properties");
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
      assertThat(CliMessages.of(Locale.ENGLISH).format("rating.achieved")).isEqualTo("achieved");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void should_speak_chinese_for_zh_tw() {
    assertThat(CliMessages.of(Locale.TRADITIONAL_CHINESE).format("rating.achieved"))
        .isEqualTo("達成");
  }

  @Test
  void should_count_findings_in_words() {
    // GIVEN counts of findings  WHEN put in words  THEN singular and plural read right
    Messages english = CliMessages.of(Locale.ENGLISH);
    assertThat(CliMessages.counts(english, 0, 1, 2)).isEqualTo("no errors, 1 warning, 2 notes");
    assertThat(CliMessages.counts(english, 1234, 0, 0))
        .isEqualTo("1,234 errors, no warnings, no notes");
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = CliMessages.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
