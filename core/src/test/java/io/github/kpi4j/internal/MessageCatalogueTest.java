package io.github.kpi4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageCatalogueTest {
  private static final MessageCatalogue SAMPLE =
      MessageCatalogue.load("sample", name -> MessageCatalogueTest.class.getResourceAsStream(name));

  @Test
  void should_replace_placeholders_and_escape_nothing() {
    // GIVEN a message with an apostrophe and two placeholders
    Messages english = SAMPLE.english();
    // WHEN it is formatted  THEN the apostrophe is written once and the arguments stand as given
    assertThat(english.format("greeting", 1500, "108"))
        .isEqualTo("The plan's year is 1500, not 108");
  }

  @Test
  void should_leave_braces_that_are_no_placeholder_as_written() {
    // GIVEN a message with braces that hold no number  WHEN formatted  THEN they stay
    assertThat(SAMPLE.english().format("literal"))
        .isEqualTo("braces {like this} and {} stay, as does an apostrophe: it's");
  }

  @Test
  void should_never_substitute_into_an_argument() {
    // GIVEN arguments that look like placeholders  WHEN formatted  THEN they appear as written
    assertThat(SAMPLE.english().format("reordered", "{1}", "{0}")).isEqualTo("{0} before {1}");
  }

  @Test
  void should_choose_the_form_of_a_count_and_group_it_for_reading() {
    // GIVEN a message with a form per count  WHEN counted  THEN each count has its form
    Messages english = SAMPLE.english();
    assertThat(english.count("count.kpis", 0)).isEqualTo("no KPIs");
    assertThat(english.count("count.kpis", 1)).isEqualTo("1 KPI");
    assertThat(english.count("count.kpis", 1234)).isEqualTo("1,234 KPIs");
    assertThat(SAMPLE.traditionalChinese().count("count.kpis", 2)).isEqualTo("2 項 KPI");
  }

  @Test
  void should_write_every_count_as_the_language_s_number_format_does() {
    // GIVEN both languages, and counts on both sides of the first group of three digits
    for (Messages messages : List.of(SAMPLE.english(), SAMPLE.traditionalChinese())) {
      NumberFormat format = NumberFormat.getIntegerInstance(messages.locale());
      for (long count :
          LongStream.concat(LongStream.range(-2, 2001), LongStream.of(1_234_567L)).toArray()) {
        // WHEN written  THEN as the JDK's integer format writes it
        assertThat(messages.number(count)).isEqualTo(format.format(count));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-TW", "zh-Hant", "zh", "zh-CN", "zh-Hant-HK"})
  void should_speak_traditional_chinese_for_any_chinese_locale(String tag) {
    // GIVEN a Chinese locale  WHEN messages are asked for  THEN they are Traditional Chinese
    Messages messages = SAMPLE.in(Locale.forLanguageTag(tag));
    assertThat(messages.locale()).isEqualTo(Locale.TAIWAN);
    assertThat(messages.format("greeting", "107", "108")).isEqualTo("計畫年度為 107，不是 108");
  }

  @Test
  void should_speak_english_for_any_other_locale_whatever_the_default() {
    // GIVEN a JVM whose default locale is Taiwanese
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.TAIWAN);
    try {
      // WHEN English, German or the root locale is asked for  THEN the messages are English
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.ROOT}) {
        assertThat(SAMPLE.in(locale).locale()).isEqualTo(Locale.ENGLISH);
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void should_have_every_key_in_both_languages() {
    // GIVEN the sample catalogue  WHEN its languages' keys are compared  THEN they are the same
    assertThat(SAMPLE.traditionalChinese().keys()).isEqualTo(SAMPLE.english().keys());
  }

  @Test
  void should_refuse_a_missing_key_or_argument_as_a_defect() {
    // GIVEN a key that does not exist, and a message given too few arguments
    Messages english = SAMPLE.english();
    // WHEN formatted  THEN each is a defect of kpi4j, named
    assertThatIllegalStateException()
        .isThrownBy(() -> english.format("no-such-key"))
        .withMessage("no message no-such-key in the en messages");
    assertThatIllegalStateException()
        .isThrownBy(() -> english.format("greeting", "107"))
        .withMessage("message greeting wants argument 1, got 1");
  }

  @Test
  void should_refuse_a_catalogue_without_its_files() {
    // GIVEN a name with no files  WHEN loaded  THEN the missing file is named
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                MessageCatalogue.load(
                    "none", name -> MessageCatalogueTest.class.getResourceAsStream(name)))
        .withMessage("missing resource none.properties");
  }
}
