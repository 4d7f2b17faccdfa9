package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.testing.Catalogues;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every finding has its message in English and in Traditional Chinese. */
class AssessmentMessagesTest {
  private static final Messages ENGLISH = AssessmentMessages.CATALOGUE.english();
  private static final Messages CHINESE = AssessmentMessages.CATALOGUE.traditionalChinese();

  @ParameterizedTest
  @EnumSource(ResultRule.class)
  void should_have_a_message_for_every_rule_in_both_languages(ResultRule rule) {
    // GIVEN a rule WHEN looking up its message THEN both bundles have a non-blank one
    assertThat(ENGLISH.pattern(rule.id())).as("English").isNotBlank();
    assertThat(CHINESE.pattern(rule.id())).as("Traditional Chinese").isNotBlank();
  }

  @Test
  void should_word_every_message_in_both_languages_with_the_same_placeholders() {
    // GIVEN the catalogue; WHEN checked; THEN both languages hold every key alike, the English
    // without Chinese beyond the example unit it shows (人)
    Catalogues.assertTranslated(AssessmentMessages.class, "messages", "人");
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
          new Assessor[] {
            Assessor.ofDefaults(), Assessor.builder().locale(Locale.GERMAN).build()
          }) {
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
        Assessor.ofDefaults()
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
}
