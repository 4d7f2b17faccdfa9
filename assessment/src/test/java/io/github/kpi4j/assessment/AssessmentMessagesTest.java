package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.PlanResults;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every finding has its message in English and in Traditional Chinese. */
class AssessmentMessagesTest {
  private static final Messages ENGLISH = AssessmentMessages.CATALOGUE.english();
  private static final Messages CHINESE = AssessmentMessages.CATALOGUE.traditionalChinese();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  @ParameterizedTest
  @EnumSource(ResultRule.class)
  void should_have_a_message_for_every_rule_in_both_languages(ResultRule rule) {
    // GIVEN a rule WHEN looking up its message THEN both bundles have a non-blank one
    assertThat(ENGLISH.pattern(rule.id())).as("English").isNotBlank();
    assertThat(CHINESE.pattern(rule.id())).as("Traditional Chinese").isNotBlank();
  }

  @Test
  void should_have_the_same_keys_in_both_languages() {
    // GIVEN both bundles WHEN comparing their keys THEN neither has one the other lacks
    assertThat(CHINESE.keys()).isEqualTo(ENGLISH.keys());
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
    // GIVEN each rule WHEN reading its messages THEN the Chinese one is Chinese, the English one
    // holds no Han character beyond the example units it shows
    for (String key : ENGLISH.keys()) {
      String english = ENGLISH.pattern(key).replace("人", "");
      assertThat(english.codePoints().noneMatch(AssessmentMessagesTest::isHan)).as(key).isTrue();
      if (key.startsWith("result")) {
        assertThat(CHINESE.pattern(key).codePoints().anyMatch(AssessmentMessagesTest::isHan))
            .as(key)
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-TW", "zh-Hant", "zh", "zh-Hant-TW"})
  void should_report_in_traditional_chinese_for_a_chinese_locale(String tag) {
    // GIVEN an assessor in a Chinese locale
    Assessor assessor = Assessor.builder().locale(Locale.forLanguageTag(tag)).build();

    // WHEN results of another year are assessed
    Assessment assessment = assessor.assess(plan(kpi("甲", "1", Direction.INCREASE)), wrongYear());

    // THEN the message is in Traditional Chinese
    assertThat(assessment.findings().get(0).message()).isEqualTo("成果文件為 108 年度，但計畫為 107 年度。");
  }

  @Test
  void should_report_in_english_for_any_other_locale_whatever_the_default() {
    // GIVEN a JVM whose default locale is Taiwanese, and assessors left in English or set to German
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.TAIWAN);
    try {
      for (Assessor assessor :
          new Assessor[] {Assessor.standard(), Assessor.builder().locale(Locale.GERMAN).build()}) {
        // WHEN results of another year are assessed
        Assessment assessment =
            assessor.assess(plan(kpi("甲", "1", Direction.INCREASE)), wrongYear());

        // THEN the message is in English
        assertThat(assessment.findings().get(0).message())
            .isEqualTo("The results document is for year 108, but the plan is for year 107.");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void should_never_substitute_into_an_argument() {
    // GIVEN a KPI reference that looks like a placeholder
    // WHEN it is reported
    String message =
        Assessor.standard()
            .assess(plan(kpi("甲", "1", Direction.INCREASE)), results(actual("{0}{1}", "1")))
            .findings()
            .get(0)
            .message();

    // THEN it appears as written
    assertThat(message).startsWith("The plan has no KPI {0}{1};");
  }

  private static PlanResults wrongYear() {
    return PlanResults.builder().agency("MAC").rocYear(108).build();
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
