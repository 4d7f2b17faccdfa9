package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.programme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiLinkedByProgrammeTest {
  private static final String RULE = "kpi-linked-by-programme";

  @Test
  void should_inform_of_a_kpi_that_no_programme_links() {
    // GIVEN programmes that link 1.1 and 2.1, not 1.2
    List<Finding> findings =
        Plans.validate(
                Plans.builder()
                    .programmes(List.of(programme("甲", "研蒐情勢評估報告"), programme("乙", "2.1")))
                    .build())
            .findings(RULE);
    // WHEN validated, THEN 1.2 is reported as an info, at the KPI
    assertThat(findings)
        .extracting(Finding::path, Finding::severity, Finding::message)
        .containsExactly(
            tuple("/goals/0/kpis/1", Severity.INFO, "No programme links KPI 1.2 維護兩岸現有機制"));
  }

  @Test
  void should_name_a_kpi_without_a_name_by_its_id_alone() {
    // GIVEN an unlinked KPI 1.2 whose name is blank, as a transcription that lost it
    List<Finding> findings =
        Plans.validate(
                Plans.builder()
                    .goals(
                        List.of(
                            Plans.goal(
                                1, "推動兩岸良性互動與對話溝通", Plans.kpi(1, "研蒐情勢評估報告"), Plans.kpi(2, " ")),
                            Plans.goal2(),
                            Plans.budgetGoal(3)))
                    .programmes(List.of(programme("甲", "1.1", "2.1")))
                    .build())
            .findings(RULE);
    // WHEN validated, THEN the message names the KPI by its id, with nothing after it
    assertThat(findings).extracting(Finding::message).containsExactly("No programme links KPI 1.2");
  }

  @Test
  void should_except_the_common_budget_indicators() {
    // GIVEN the valid plan, whose programmes do not link 3.1 and 3.2, the common indicators
    // WHEN validated, THEN nothing is reported
    assertThat(Plans.validate(Plans.valid()).findings(RULE)).isEmpty();
  }

  @Test
  void should_not_concern_a_plan_without_programmes() {
    // GIVEN a plan that lists no programme
    List<Finding> findings =
        Plans.validate(Plans.builder().programmes(List.of()).build()).findings(RULE);
    // WHEN validated, THEN its KPIs are not reported one by one
    assertThat(findings).isEmpty();
  }

  @Test
  void should_count_links_by_id_and_by_name_in_any_width() {
    // GIVEN one programme linking 1.1 by id and 1.2 by name with a full-width space
    List<Finding> findings =
        Plans.validate(
                Plans.builder()
                    .programmes(List.of(programme("甲", "1.1", "維護兩岸　現有機制", "2.1")))
                    .build())
            .findings(RULE);
    // WHEN validated, THEN every KPI is linked
    assertThat(findings).isEmpty();
  }
}
