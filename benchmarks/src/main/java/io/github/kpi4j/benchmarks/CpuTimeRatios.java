package io.github.kpi4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link PlanReadBenchmark}'s four methods timed by the thread's CPU time rather than by the wall
 * clock, for a machine that other work keeps busy: there JMH's wall times measure the wait for a
 * core as much as the work, while a thread's CPU time counts only the work (caches and memory
 * shared with the other work still weigh on it). Not a replacement for the JMH run on a quiet
 * machine; a way to compare two builds, or kpi4j with its baselines, when none is quiet.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.kpi4j.benchmarks.CpuTimeRatios \
 *     mac-107 synthetic-1k synthetic-10k
 * </pre>
 *
 * <p>For each plan: eight rounds, each giving every method the same CPU-time budget in turn; the
 * first three rounds are warm-up; the median of the other five per method, and the ratios of {@code
 * run.sh}.
 */
public final class CpuTimeRatios {
  private static final int ROUNDS = 8;
  private static final int WARM_UP_ROUNDS = 3;

  private CpuTimeRatios() {}

  /**
   * Times the plans given and prints, per plan, the CPU time of each method and the ratios.
   *
   * @param plans plan names as {@link PlanReadBenchmark#plan} takes them
   */
  public static void main(String[] plans) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String plan : plans) {
      PlanReadBenchmark benchmark = new PlanReadBenchmark();
      benchmark.plan = plan;
      benchmark.setUp();
      Map<String, Supplier<Object>> methods = new LinkedHashMap<>();
      methods.put("jacksonReadTree", benchmark::jacksonReadTree);
      methods.put("kpi4jRead", benchmark::kpi4jRead);
      methods.put("kpi4jReadValidate", benchmark::kpi4jReadValidate);
      methods.put("schemaValidate", benchmark::schemaValidate);
      long budget = (plan.endsWith("100k") ? 4_000_000_000L : 1_500_000_000L) / ROUNDS;
      Map<String, List<Double>> micros = new LinkedHashMap<>();
      for (int round = 0; round < ROUNDS; round++) {
        for (Map.Entry<String, Supplier<Object>> method : methods.entrySet()) {
          long start = threads.getCurrentThreadCpuTime();
          long used;
          int calls = 0;
          do {
            if (method.getValue().get() == null) {
              throw new IllegalStateException(method.getKey() + " returned nothing");
            }
            calls++;
            used = threads.getCurrentThreadCpuTime() - start;
          } while (used < budget);
          if (round >= WARM_UP_ROUNDS) {
            micros.computeIfAbsent(method.getKey(), k -> new ArrayList<>()).add(used / 1e3 / calls);
          }
        }
      }
      Map<String, Double> median = new LinkedHashMap<>();
      micros.forEach(
          (method, times) -> {
            Collections.sort(times);
            median.put(method, times.get(times.size() / 2));
          });
      double readTree = median.get("jacksonReadTree");
      System.out.printf(
          "%s: CPU µs per call %s%n  read+validate vs readTree %.2fx, read vs readTree %.2fx,"
              + " read+validate vs schema validation %.2fx%n",
          plan,
          median.entrySet().stream()
              .map(e -> String.format("%s %.1f", e.getKey(), e.getValue()))
              .toList(),
          median.get("kpi4jReadValidate") / readTree,
          median.get("kpi4jRead") / readTree,
          median.get("kpi4jReadValidate") / median.get("schemaValidate"));
    }
  }
}
