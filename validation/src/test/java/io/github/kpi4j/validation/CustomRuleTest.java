package io.github.kpi4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpi4j.finding.DocumentPath;
import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class CustomRuleTest {
  /** A rule of one's own, made from its id, severity and check. */
  private static PlanRule rule(
      String id, Severity severity, BiConsumer<AnnualPlan, RuleContext> check) {
    return new PlanRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Severity defaultSeverity() {
        return severity;
      }

      @Override
      public void check(AnnualPlan plan, RuleContext context) {
        check.accept(plan, context);
      }
    };
  }

  private static final PlanRule AGENCY_CODE_UPPER_CASE =
      rule(
          "acme-agency-code-upper-case",
          Severity.WARNING,
          (plan, context) -> {
            if (!plan.agency().code().equals(plan.agency().code().toUpperCase(Locale.ROOT))) {
              String message =
                  context.locale().getLanguage().equals("zh")
                      ? "機關代碼應為大寫"
                      : "The agency code should be upper case";
              context.report(DocumentPath.root().property("agency").property("code"), message);
            }
          });

  @Test
  void should_report_a_custom_rule_with_its_own_message_and_configured_severity() {
    // GIVEN a custom rule added and raised to error
    PlanValidator validator =
        PlanValidator.builder()
            .clock(Plans.CLOCK)
            .add(AGENCY_CODE_UPPER_CASE)
            .severity("acme-agency-code-upper-case", Severity.ERROR)
            .build();
    // WHEN a plan with a lower-case code is validated
    ValidationReport report =
        validator.validate(
            Plans.builder().agency(io.github.kpi4j.model.Agency.of("mac", "大陸委員會")).build());
    // THEN the finding carries the rule's id, the configured severity, its path and its text
    assertThat(validator.ruleIds()).last().isEqualTo("acme-agency-code-upper-case");
    assertThat(report.findings())
        .containsExactly(
            Finding.of(
                "acme-agency-code-upper-case",
                Severity.ERROR,
                "/agency/code",
                "The agency code should be upper case"));
  }

  @Test
  void should_list_findings_at_one_path_and_severity_in_rule_order() {
    // GIVEN a custom rule, last among the rules, that reports at the target of KPI 1.1 as an error
    PlanRule targetAudit =
        rule(
            "acme-target-audit",
            Severity.ERROR,
            (plan, context) -> context.report("/goals/0/kpis/0/target", "audited"));
    PlanValidator validator = PlanValidator.builder().clock(Plans.CLOCK).add(targetAudit).build();
    // AND a plan whose KPI 1.1 has a blank target, which the built-in kpi-target-present (a rule
    // that checks each KPI, in the validator's walk over the KPIs) reports at the same path
    AnnualPlan plan =
        Plans.withGoals(
            Plans.goal(1, "強化兩岸交流", Plans.kpi(1, "辦理交流活動場次").target(" ")), Plans.budgetGoal(2));
    // WHEN it is validated
    ValidationReport report = validator.validate(plan);
    // THEN at that path and severity the findings follow the rules' order, the built-in rule first,
    // though the custom rule checked the plan before the walk over the KPIs began
    assertThat(report.findings())
        .filteredOn(f -> f.path().equals("/goals/0/kpis/0/target"))
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::rule)
        .containsExactly("kpi-target-present", "acme-target-audit");
  }

  @Test
  void should_give_a_custom_rule_the_validator_locale() {
    // GIVEN the custom rule in a Chinese validator
    PlanValidator validator =
        PlanValidator.builder().locale(Locale.TAIWAN).add(AGENCY_CODE_UPPER_CASE).build();
    // WHEN it reports
    ValidationReport report =
        validator.validate(
            Plans.builder().agency(io.github.kpi4j.model.Agency.of("mac", "大陸委員會")).build());
    // THEN its message is the one it wrote for that locale
    assertThat(report.findings("acme-agency-code-upper-case"))
        .extracting(Finding::message)
        .containsExactly("機關代碼應為大寫");
  }

  @Test
  void should_allow_disabling_an_added_rule() {
    PlanValidator validator =
        PlanValidator.builder()
            .add(AGENCY_CODE_UPPER_CASE)
            .disable("acme-agency-code-upper-case")
            .build();
    assertThat(validator.ruleIds()).doesNotContain("acme-agency-code-upper-case");
  }

  @Test
  void should_reject_a_rule_whose_id_is_taken_blank_or_spaced() {
    PlanValidator.Builder builder = PlanValidator.builder();
    assertThatThrownBy(() -> builder.add(rule("goal-numbering", Severity.INFO, (p, c) -> {})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goal-numbering");
    assertThatThrownBy(() -> builder.add(rule(" ", Severity.INFO, (p, c) -> {})))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.add(rule("my rule", Severity.INFO, (p, c) -> {})))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_reject_a_report_that_is_not_a_json_pointer_or_has_no_message() {
    // GIVEN rules that report a relative path, or a blank message
    PlanValidator relative =
        PlanValidator.builder()
            .add(rule("bad-path", Severity.INFO, (p, c) -> c.report("goals/0", "x")))
            .build();
    PlanValidator blank =
        PlanValidator.builder()
            .add(rule("bad-message", Severity.INFO, (p, c) -> c.report("/goals", " ")))
            .build();
    // WHEN validating, THEN the rule's bug surfaces as IAE
    assertThatThrownBy(() -> relative.validate(Plans.valid()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goals/0");
    assertThatThrownBy(() -> blank.validate(Plans.valid()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad-message");
  }
}
