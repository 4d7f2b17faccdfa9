package io.github.kpi4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmarks measure valid plans only if the generator makes valid plans. */
class SyntheticPlansTest {
  @ParameterizedTest
  @ValueSource(ints = {2, 3, 11, 1_000, 10_000})
  void should_make_a_plan_that_reads_and_validates_without_any_finding(int kpis) {
    // GIVEN a synthetic plan
    byte[] bytes = SyntheticPlans.plan(kpis);

    // WHEN it is read and validated
    AnnualPlan plan = KpiJson.create().readPlan(new ByteArrayInputStream(bytes), "synthetic.json");
    ValidationReport report = PlanValidator.ofDefaults().validate(plan);

    // THEN it has the KPIs asked for, goals of ten, and nothing to report
    assertThat(plan.goals()).hasSize((kpis + 9) / 10);
    assertThat(plan.goals().stream().mapToInt(g -> g.kpis().size()).sum()).isEqualTo(kpis);
    assertThat(plan.goals().get(0).kpis()).hasSize(Math.min(kpis, 10));
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void should_link_every_ordinary_kpi_from_the_programme_of_its_goal() {
    // GIVEN a synthetic plan of 1,000 KPIs
    AnnualPlan plan =
        KpiJson.create().readPlan(new ByteArrayInputStream(SyntheticPlans.plan(1_000)), "s.json");

    // THEN each goal has a programme, which links the goal's ordinary KPIs by id or by name
    assertThat(plan.programmes()).hasSize(100);
    assertThat(plan.programmes().get(0).kpis()).hasSize(10);
    assertThat(plan.programmes().get(99).kpis()).hasSize(8);
    assertThat(plan.programmes().get(0).kpis()).contains("1.1").anyMatch(r -> r.contains("（第"));
  }

  @Test
  void should_make_the_same_bytes_from_the_same_seed() {
    assertThat(SyntheticPlans.plan(500, 7)).isEqualTo(SyntheticPlans.plan(500, 7));
    assertThat(SyntheticPlans.plan(500, 7)).isNotEqualTo(SyntheticPlans.plan(500, 8));
  }

  @Test
  void should_keep_the_largest_benchmarked_plan_within_the_readers_limit() {
    // GIVEN the plan of 100,000 KPIs that the scaling benchmark reads
    byte[] bytes = SyntheticPlans.plan(100_000);

    // THEN the reader accepts its size, and its bytes grow in proportion to its KPIs
    assertThat(bytes.length).isLessThan(KpiJson.MAX_DOCUMENT_BYTES);
    double perKpiLarge = bytes.length / 100_000.0;
    double perKpiSmall = SyntheticPlans.plan(1_000).length / 1_000.0;
    assertThat(perKpiLarge / perKpiSmall).isBetween(0.95, 1.05);
  }

  @Test
  void should_refuse_a_plan_too_small_for_the_common_indicators() {
    assertThatIllegalArgumentException().isThrownBy(() -> SyntheticPlans.plan(1));
  }
}
