package io.github.kpi4j.examples;

import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The seed plans transcribed in {@code examples/plans}, which this module's jar carries as
 * resources: 外交部 (MOFA) and 大陸委員會 (MAC), year 107, and illustrative MAC 107 results.
 */
public final class BundledPlans {
  /** Where the jar carries {@code examples/plans/*.json}. */
  public static final String RESOURCES = "/io/github/kpi4j/examples/plans/";

  /** The plan documents, in the order the demo shows them. */
  public static final List<String> PLANS = List.of("mofa-107.json", "mac-107.json");

  /** The results document for MAC 107: illustrative figures, not official results. */
  public static final String MAC_RESULTS = "mac-107-results.json";

  private static final KpiJson JSON = KpiJson.create();

  private BundledPlans() {}

  /**
   * @param file one of {@link #PLANS}
   * @return the plan
   */
  public static AnnualPlan plan(String file) {
    return read(file, JSON::readPlan);
  }

  /**
   * @return every bundled plan, in the order of {@link #PLANS}
   */
  public static List<AnnualPlan> plans() {
    return PLANS.stream().map(BundledPlans::plan).toList();
  }

  /**
   * @return the illustrative MAC 107 results
   */
  public static PlanResults macResults() {
    return read(MAC_RESULTS, JSON::readResults);
  }

  private static <T> T read(String file, BiFunction<InputStream, String, T> reader) {
    try (InputStream in = BundledPlans.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no bundled document " + file + "; the bundled plans are " + PLANS);
      }
      return reader.apply(in, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
