package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One compiled formula, evaluated from many threads at once, gives each thread its own answer. */
class ConcurrentEvaluationTest {
  private static final int THREADS = 8;
  private static final int EVALUATIONS = 20_000;

  @Test
  void should_give_every_thread_the_right_answer() throws Exception {
    // GIVEN one formula shared by all threads, each with its own values
    Formula formula = Formula.compile("（本年度資本門實支數＋資本門應付未付數＋資本門賸餘數）÷（資本門預算數）×100%");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Integer>> wrong = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Integer> work =
            () -> {
              start.await();
              int mismatches = 0;
              for (int i = 1; i <= EVALUATIONS; i++) {
                double spent = thread * 1000 + i;
                double payable = i % 7;
                double surplus = thread;
                double budget = i + 3;
                double expected = (spent + payable + surplus) / budget;
                double positional = formula.evaluate(spent, payable, surplus, budget);
                double byName =
                    formula.evaluate(
                        Map.of(
                            "本年度資本門實支數", spent,
                            "資本門應付未付數", payable,
                            "資本門賸餘數", surplus,
                            "資本門預算數", budget));
                if (positional != expected || byName != expected) {
                  mismatches++;
                }
              }
              return mismatches;
            };
        wrong.add(pool.submit(work));
      }

      // WHEN they all evaluate at once
      start.countDown();

      // THEN no thread ever sees another's values
      for (Future<Integer> mismatches : wrong) {
        assertThat(mismatches.get(60, TimeUnit.SECONDS)).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void should_report_each_threads_own_division_by_zero() throws Exception {
    // GIVEN threads of which every other one divides by zero
    Formula formula = Formula.compile("甲÷（乙－丙）");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<String>> outcomes = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        double c = t % 2 == 0 ? 2 : 1;
        outcomes.add(
            pool.submit(
                () -> {
                  String outcome = null;
                  for (int i = 0; i < 2_000; i++) {
                    try {
                      outcome = Double.toString(formula.evaluate(6, 2, c));
                    } catch (FormulaException e) {
                      outcome = e.kind() + " " + e.variable().orElseThrow();
                    }
                  }
                  return outcome;
                }));
      }

      // WHEN / THEN
      for (int t = 0; t < THREADS; t++) {
        assertThat(outcomes.get(t).get(60, TimeUnit.SECONDS))
            .isEqualTo(t % 2 == 0 ? "DIVISION_BY_ZERO （乙－丙）" : "6.0");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
