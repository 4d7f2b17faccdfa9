package io.github.kpi4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanValidatorBuilderTest {
  /** Goal 1 without KPIs: a goal-has-kpis warning, and a text-not-blank error for the title. */
  private static final AnnualPlan FAULTY =
      Plans.withGoals(Plans.goal(1, " ", new io.github.kpi4j.model.Kpi[0]), Plans.budgetGoal(2));

  @Test
  void should_run_every_standard_rule_by_default() {
    // GIVEN the default validator
    PlanValidator validator = PlanValidator.ofDefaults();
    // WHEN asked for its rules, THEN they are the built-in rules in their order, in English
    assertThat(validator.ruleIds())
        .isEqualTo(PlanValidator.builtInRules().stream().map(PlanRule::id).toList());
    assertThat(validator.locale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void should_leave_out_a_disabled_rule() {
    // GIVEN text-not-blank disabled
    PlanValidator validator =
        PlanValidator.builder().clock(Plans.CLOCK).disable("text-not-blank").build();
    // WHEN the faulty plan is validated
    ValidationReport report = validator.validate(FAULTY);
    // THEN only the warning remains, and the plan is valid
    assertThat(validator.ruleIds()).doesNotContain("text-not-blank");
    assertThat(report.findings()).extracting(Finding::rule).containsExactly("goal-has-kpis");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void should_give_a_rule_the_severity_asked_for() {
    // GIVEN goal-has-kpis made an error and text-not-blank an info
    PlanValidator validator =
        PlanValidator.builder()
            .clock(Plans.CLOCK)
            .severity("goal-has-kpis", Severity.ERROR)
            .severity("text-not-blank", Severity.INFO)
            .build();
    // WHEN the faulty plan is validated
    ValidationReport report = validator.validate(FAULTY);
    // THEN the findings carry the new severities
    assertThat(report.errors()).extracting(Finding::rule).containsExactly("goal-has-kpis");
    assertThat(report.infos()).extracting(Finding::rule).containsExactly("text-not-blank");
  }

  @Test
  void should_reject_an_unknown_rule_id_listing_the_known_ones() {
    // GIVEN a builder; WHEN an unknown id is disabled or given a severity; THEN IAE listing ids
    assertThatThrownBy(() -> PlanValidator.builder().disable("goal-numbers"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goal-numbers")
        .hasMessageContaining("goal-numbering, kpi-numbering");
    assertThatThrownBy(() -> PlanValidator.builder().severity("no-such-rule", Severity.INFO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kpi-linked-by-programme");
  }

  @Test
  void should_report_in_traditional_chinese_for_any_chinese_locale() {
    for (Locale chinese :
        List.of(Locale.TAIWAN, Locale.CHINESE, Locale.forLanguageTag("zh-Hant-HK"))) {
      // GIVEN a validator in a Chinese locale
      PlanValidator validator = PlanValidator.builder().clock(Plans.CLOCK).locale(chinese).build();
      // WHEN the faulty plan is validated
      List<Finding> findings = validator.validate(FAULTY).findings("goal-has-kpis");
      // THEN the message is Traditional Chinese
      assertThat(findings.get(0).message()).isEqualTo("施政目標1未設關鍵績效指標，無從衡量其成效");
      assertThat(validator.locale()).isEqualTo(Locale.TRADITIONAL_CHINESE);
    }
  }

  @Test
  void should_report_in_english_whatever_the_default_locale() {
    // GIVEN a JVM whose default locale is zh-TW
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.TAIWAN);
    try {
      // WHEN a validator left in English, or set to French, validates the faulty plan
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.ROOT)) {
        PlanValidator validator = PlanValidator.builder().clock(Plans.CLOCK).locale(locale).build();
        // THEN the messages are English
        assertThat(validator.validate(FAULTY).findings("goal-has-kpis").get(0).message())
            .isEqualTo("Goal 1 has no KPI, so its progress cannot be measured");
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void should_build_independent_validators() {
    // GIVEN one builder, built before and after disabling a rule
    PlanValidator.Builder builder = PlanValidator.builder();
    PlanValidator before = builder.build();
    PlanValidator after = builder.disable("goal-has-kpis").build();
    // THEN the first validator is not changed by the later call
    assertThat(before.ruleIds()).contains("goal-has-kpis");
    assertThat(after.ruleIds()).doesNotContain("goal-has-kpis");
  }
}
