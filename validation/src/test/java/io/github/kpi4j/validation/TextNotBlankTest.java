package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNotBlankTest {
  private static final String RULE = "text-not-blank";

  @Test
  void should_report_a_blank_agency_code_and_name() {
    // GIVEN an agency whose code is empty and whose name is an ideographic space
    AnnualPlan plan = Plans.builder().agency(Agency.of("", "　")).build();
    // WHEN the plan is validated
    List<Finding> findings = Plans.validate(plan).findings(RULE);
    // THEN both are reported, code first
    assertThat(findings)
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple("/agency/code", "The agency's code is blank; the plan format requires it"),
            tuple("/agency/name", "The agency's name is blank; the plan format requires it"));
  }

  @Test
  void should_report_a_blank_goal_title_kpi_name_and_measurement_standard() {
    // GIVEN goal 2 with a blank title, and its KPI 2.2 with a blank name and measurement standard
    AnnualPlan plan =
        Plans.withGoals(
            Plans.goal1(), goal(2, " ", kpi(1, "辦理青年交流活動"), kpi(2, "").measurementStandard("\t")));
    // WHEN the plan is validated
    List<Finding> findings = Plans.validate(plan).findings(RULE);
    // THEN each blank text is reported at its own path
    assertThat(findings)
        .extracting(Finding::path)
        .containsExactly(
            "/goals/1/title", "/goals/1/kpis/1/name", "/goals/1/kpis/1/measurementStandard");
    assertThat(findings.get(2).message())
        .isEqualTo("The measurement standard of KPI 2.2 is blank; the plan format requires it");
  }

  @Test
  void should_report_a_blank_work_programme_item_and_kpi_link() {
    // GIVEN a second programme with a blank work programme, a blank item and a blank KPI link
    AnnualPlan plan =
        Plans.builder()
            .programmes(
                List.of(
                    Plans.programme("兩岸情勢評估", "1.1", "1.2"),
                    io.github.kpi4j.model.Programme.builder()
                        .from(Plans.programme("", "2.1", ""))
                        .workProgramme("")
                        .build()))
            .build();
    // WHEN the plan is validated
    List<Finding> findings = Plans.validate(plan).findings(RULE);
    // THEN each is reported
    assertThat(findings)
        .extracting(Finding::path)
        .containsExactly(
            "/programmes/1/workProgramme", "/programmes/1/item", "/programmes/1/kpis/1");
    assertThat(findings.get(2).message())
        .isEqualTo("KPI link 2 of programme no. 2 is blank; the plan format requires it");
  }

  @Test
  void should_report_in_document_order_when_checked_alone() {
    // GIVEN a plan with a blank goal title, a blank KPI name and a blank programme item
    AnnualPlan plan =
        Plans.builder()
            .goals(List.of(goal(1, " ", kpi(1, " ")), Plans.budgetGoal(2)))
            .programmes(List.of(Plans.programme(" ", "1.1")))
            .build();
    PlanRule rule =
        PlanValidator.builtInRules().stream()
            .filter(r -> r.id().equals(RULE))
            .findFirst()
            .orElseThrow();
    // WHEN the rule checks it alone, outside a validator, which would sort the findings
    CollectedReports reports = new CollectedReports();
    rule.check(plan, reports);
    // THEN it reports as the document prints them: the goal, its KPI, then the programme
    assertThat(reports.paths())
        .containsExactly("/goals/0/title", "/goals/0/kpis/0/name", "/programmes/0/item");
  }

  @Test
  void should_not_report_texts_that_hold_more_than_white_space() {
    // GIVEN texts with surrounding white space around real content
    AnnualPlan plan = Plans.builder().agency(Agency.of(" MAC ", "　大陸委員會")).build();
    // WHEN the plan is validated
    // THEN nothing is reported
    assertThat(Plans.validate(plan).findings(RULE)).isEmpty();
  }
}
