package io.github.kpi4j.hostile;

import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The transcribed seed documents, as the examples jar carries them, and fixture plans as written.
 */
final class SeedPlans {
  private SeedPlans() {}

  static byte[] bytes(String file) {
    String resource = "/io/github/kpi4j/examples/plans/" + file;
    try (InputStream in = SeedPlans.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AnnualPlan plan(String file) {
    return KpiJson.create().readPlan(new ByteArrayInputStream(bytes(file)), file);
  }

  /** A plan as the writer writes it: the seed for a plan made by the test fixtures. */
  static byte[] written(AnnualPlan plan) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    KpiJson.create().write(plan, out);
    return out.toByteArray();
  }

  static PlanResults results(String file) {
    return KpiJson.create().readResults(new ByteArrayInputStream(bytes(file)), file);
  }
}
