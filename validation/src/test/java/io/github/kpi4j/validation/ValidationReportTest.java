package io.github.kpi4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  /** A rule that reports a fixed list of paths, in that order, with the path as the message. */
  private static PlanRule reporting(String id, Severity severity, String... paths) {
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
        for (String path : paths) {
          context.report(path, id + " at " + path);
        }
      }
    };
  }

  private static PlanValidator.Builder withoutStandardRules() {
    PlanValidator.Builder builder = PlanValidator.builder();
    PlanValidator.builtInRules().forEach(rule -> builder.disable(rule.id()));
    return builder;
  }

  @Test
  void should_order_findings_as_the_values_stand_in_the_document() {
    // GIVEN rules reporting paths out of order
    PlanValidator validator =
        withoutStandardRules()
            .add(
                reporting(
                    "first",
                    Severity.INFO,
                    "/programmes/0/kpis/1",
                    "/goals/10/title",
                    "/goals/2/kpis/0/target",
                    "/goals/2/kpis/0/name",
                    "/goals/2",
                    "/rocYear",
                    "/agency/name",
                    ""))
            .add(reporting("second", Severity.INFO, "/goals/2/kpis/0/name", "/goals/2/kpis/10"))
            .build();
    // WHEN a plan is validated
    ValidationReport report = validator.validate(Plans.valid());
    // THEN the document comes first, then values in document order; at one path, rule order
    assertThat(report.findings())
        .extracting(Finding::message)
        .containsExactly(
            "first at ",
            "first at /agency/name",
            "first at /rocYear",
            "first at /goals/2",
            "first at /goals/2/kpis/0/name",
            "second at /goals/2/kpis/0/name",
            "first at /goals/2/kpis/0/target",
            "second at /goals/2/kpis/10",
            "first at /goals/10/title",
            "first at /programmes/0/kpis/1");
  }

  @Test
  void should_put_errors_before_warnings_before_infos_at_one_path() {
    // GIVEN three rules, added info first, all at /goals/0
    PlanValidator validator =
        withoutStandardRules()
            .add(reporting("an-info", Severity.INFO, "/goals/0"))
            .add(reporting("a-warning", Severity.WARNING, "/goals/0"))
            .add(reporting("an-error", Severity.ERROR, "/goals/0", "/goals/0"))
            .build();
    // WHEN validated
    ValidationReport report = validator.validate(Plans.valid());
    // THEN by severity; the same rule's findings at one path keep their order
    assertThat(report.findings())
        .extracting(Finding::rule)
        .containsExactly("an-error", "an-error", "a-warning", "an-info");
    assertThat(report.errors()).hasSize(2);
    assertThat(report.warnings()).extracting(Finding::rule).containsExactly("a-warning");
    assertThat(report.infos()).extracting(Finding::rule).containsExactly("an-info");
    assertThat(report.findings("an-error")).hasSize(2);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void should_be_valid_with_warnings_and_infos_only() {
    // GIVEN only a warning and an info
    PlanValidator validator =
        withoutStandardRules()
            .add(reporting("a-warning", Severity.WARNING, "/goals/0"))
            .add(reporting("an-info", Severity.INFO, "/goals/1"))
            .build();
    // WHEN validated, THEN the plan is valid
    ValidationReport report = validator.validate(Plans.valid());
    assertThat(report.isValid()).isTrue();
    assertThat(report.findings()).hasSize(2);
  }

  @Test
  void should_report_everything_in_one_pass() {
    // GIVEN a plan that breaks several rules at once
    AnnualPlan plan =
        Plans.builder()
            .rocYear(2018)
            .goals(List.of(Plans.goal(2, "", Plans.kpi(1, "甲").target("很多"))))
            .build();
    // WHEN validated with the built-in rules
    ValidationReport report = Plans.validate(plan);
    // THEN each rule's finding is there, in document order (programme 1 links 2.1, which the
    // goal numbered 2 holds, so that KPI is linked)
    assertThat(report.findings())
        .extracting(Finding::rule, Finding::path)
        .containsExactly(
            tuple("plan-year-in-range", "/rocYear"),
            tuple("common-budget-indicators", "/goals"),
            tuple("common-budget-indicators", "/goals"),
            tuple("goal-numbering", "/goals/0/number"),
            tuple("text-not-blank", "/goals/0/title"),
            tuple("target-quantified", "/goals/0/kpis/0/target"),
            tuple("kpi-reference-resolves", "/programmes/0/kpis/0"),
            tuple("kpi-reference-resolves", "/programmes/0/kpis/1"));
  }
}
