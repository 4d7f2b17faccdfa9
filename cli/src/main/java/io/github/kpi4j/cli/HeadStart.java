package io.github.kpi4j.cli;

import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.validation.PlanValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Gets reading and validating a plan ready on a second core while picocli reads the command line on
 * the first: a command that reads plans spends most of its short run initialising picocli, then
 * Jackson and the rules, one after the other. A daemon thread reads and validates a bundled plan,
 * which initialises the classes both need; the command waits for it before it reads its own
 * documents, so that the two threads never initialise the same classes at once.
 *
 * <p>Only a head start: whatever the thread meets is ignored, and the command then reads, and
 * reports, as it would have without it.
 */
final class HeadStart {
  /** The commands that read plan documents. */
  private static final Set<String> READERS =
      Set.of("validate", "evaluate", "export", "render", "report", "demo");

  private static volatile Thread thread;

  private HeadStart() {}

  /**
   * Starts the head start if the command line names a command that reads plans.
   *
   * @param args the command line
   */
  static void start(String... args) {
    if (args.length == 0 || !READERS.contains(args[0])) {
      return;
    }
    Thread started = new Thread(HeadStart::readAndValidate, "kpi4j-head-start");
    started.setDaemon(true);
    // Not even an error (a heap too small, say) of the head start reaches standard error.
    started.setUncaughtExceptionHandler((t, e) -> {});
    thread = started;
    started.start();
  }

  /** Waits for the head start, if one was started, to end. */
  static void await() {
    Thread started = thread;
    if (started == null) {
      return;
    }
    try {
      started.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * @return the thread of the last head start, or null if none was started
   */
  static Thread thread() {
    return thread;
  }

  private static void readAndValidate() {
    try (InputStream in =
        HeadStart.class.getResourceAsStream(Documents.EXAMPLES + "mac-107.json")) {
      if (in != null) {
        AnnualPlan plan = KpiJson.create().readPlan(in, "mac-107.json");
        PlanValidator.ofDefaults().validate(plan);
      }
    } catch (IOException | RuntimeException e) {
      // Nothing to report: the command does its own reading.
    }
  }
}
