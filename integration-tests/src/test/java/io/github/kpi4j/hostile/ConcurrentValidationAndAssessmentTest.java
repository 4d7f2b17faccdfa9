package io.github.kpi4j.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.Assessor;
import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.validation.PlanValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Validators, assessors and plans are documented as immutable and thread-safe: eight threads that
 * validate and assess the same plan objects at the same moment get what one thread gets alone.
 */
class ConcurrentValidationAndAssessmentTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 25;

  /** What one thread computes: the validation findings of two plans, and an assessment. */
  private record Outcome(
      List<Finding> macFindings,
      List<Finding> mofaFindings,
      List<Finding> mofaFindingsZh,
      List<?> kpiAssessments,
      List<Finding> assessmentFindings,
      Object summary) {}

  private static final PlanValidator VALIDATOR = PlanValidator.ofDefaults();
  private static final PlanValidator VALIDATOR_ZH =
      PlanValidator.builder().locale(Locale.TAIWAN).build();
  private static final Assessor ASSESSOR = Assessor.ofDefaults();

  private static Outcome compute(AnnualPlan mac, AnnualPlan mofa, PlanResults results) {
    Assessment assessment = ASSESSOR.assess(mac, results);
    return new Outcome(
        VALIDATOR.validate(mac).findings(),
        VALIDATOR.validate(mofa).findings(),
        VALIDATOR_ZH.validate(mofa).findings(),
        assessment.kpis(),
        assessment.findings(),
        assessment.summary());
  }

  @Test
  void should_give_eight_threads_at_once_the_reports_of_a_single_thread() throws Exception {
    // GIVEN the reports of one thread alone
    Outcome alone =
        compute(
            SeedPlans.plan("mac-107.json"),
            SeedPlans.plan("mofa-107.json"),
            SeedPlans.results("mac-107-results.json"));
    assertThat(alone.mofaFindings()).isNotEmpty();
    assertThat(alone.kpiAssessments()).hasSize(15);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        // GIVEN fresh plan objects each round, so that their lazily computed parts (KPI lists,
        // lookup indexes, derived quantities) are first computed by threads racing each other
        AnnualPlan mac = SeedPlans.plan("mac-107.json");
        AnnualPlan mofa = SeedPlans.plan("mofa-107.json");
        PlanResults results = SeedPlans.results("mac-107-results.json");
        CyclicBarrier start = new CyclicBarrier(THREADS);

        // WHEN eight threads validate and assess them at the same moment
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          outcomes.add(
              pool.submit(
                  () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return compute(mac, mofa, results);
                  }));
        }

        // THEN each thread got exactly what the lone thread got
        for (Future<Outcome> outcome : outcomes) {
          assertThat(outcome.get(30, TimeUnit.SECONDS)).isEqualTo(alone);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
