package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiNameUniqueTest {
  private static final String RULE = "kpi-name-unique";

  @Test
  void should_report_the_later_kpi_of_a_shared_name() {
    // GIVEN KPI 2.1 and KPI 3.2 both named 落實協議執行
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    Plans.goal1(),
                    goal(2, "目標二", kpi(1, "落實協議執行")),
                    goal(3, "目標三", kpi(1, "其他"), kpi(2, "落實協議執行"))))
            .findings(RULE);
    // WHEN validated, THEN KPI 3.2's name is reported, pointing back to 2.1
    assertThat(findings).extracting(Finding::path).containsExactly("/goals/2/kpis/1/name");
    assertThat(findings.get(0).message())
        .isEqualTo(
            "KPI 3.2 is named 落實協議執行, like KPI 2.1: programmes refer to KPIs by name,"
                + " so each needs a name of its own");
  }

  @Test
  void should_take_names_differing_only_in_width_and_spaces_for_one_name() {
    // GIVEN 研修（訂）大陸事務相關法規 and 研修(訂) 大陸事務相關法規
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(goal(1, "目標", kpi(1, "研修（訂）大陸事務相關法規"), kpi(2, "研修(訂) 大陸事務相關法規"))))
            .findings(RULE);
    // WHEN validated, THEN they are one name, used twice
    assertThat(findings).extracting(Finding::path).containsExactly("/goals/0/kpis/1/name");
  }

  @Test
  void should_not_report_names_that_differ_by_a_character() {
    // GIVEN 落實協議執行 and 落實協議之執行
    List<Finding> findings =
        Plans.validate(Plans.withGoals(goal(1, "目標", kpi(1, "落實協議執行"), kpi(2, "落實協議之執行"))))
            .findings(RULE);
    // WHEN validated, THEN they are two names
    assertThat(findings).isEmpty();
  }
}
