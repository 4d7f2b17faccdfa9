package io.github.kpi4j.validation;

import static io.github.kpi4j.validation.Plans.goal;
import static io.github.kpi4j.validation.Plans.kpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.Kpi;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightsSumTo100Test {
  private static final String RULE = "weights-sum-to-100";

  private static Kpi.Builder weighted(int number, String name, String weight) {
    return kpi(number, name).weight(new BigDecimal(weight));
  }

  @Test
  void should_accept_a_plan_without_weights() {
    assertThat(Plans.validate(Plans.valid()).findings(RULE)).isEmpty();
  }

  @Test
  void should_accept_weights_that_add_up_to_100() {
    // GIVEN weights of 33.5, 33.5 and 33, in two goals
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    goal(1, "一", weighted(1, "甲", "33.5"), weighted(2, "乙", "33.5")),
                    goal(2, "二", weighted(1, "丙", "33.00"))))
            .findings(RULE);
    // WHEN validated, THEN nothing
    assertThat(findings).isEmpty();
  }

  @Test
  void should_warn_of_weights_that_do_not_add_up_to_100() {
    // GIVEN weights of 50 and 40
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(goal(1, "一", weighted(1, "甲", "50"), weighted(2, "乙", "40"))))
            .findings(RULE);
    // WHEN validated, THEN the sum is reported at /goals
    assertThat(findings)
        .extracting(Finding::path, Finding::message)
        .containsExactly(tuple("/goals", "The weights of the plan's KPIs add up to 90%, not 100%"));
  }

  @Test
  void should_warn_of_each_kpi_without_a_weight_where_others_have_one() {
    // GIVEN KPI 1.1 weighted 100, and 1.2 and 2.1 without weights
    List<Finding> findings =
        Plans.validate(
                Plans.withGoals(
                    goal(1, "一", weighted(1, "甲", "100"), kpi(2, "乙")), goal(2, "二", kpi(1, "丙"))))
            .findings(RULE);
    // WHEN validated, THEN each missing weight is reported where it belongs; the sum is 100
    assertThat(findings)
        .extracting(Finding::path)
        .containsExactly("/goals/0/kpis/1/weight", "/goals/1/kpis/0/weight");
    assertThat(findings.get(0).message())
        .isEqualTo("KPI 1.2 has no weight, while other KPIs of the plan have one");
  }
}
