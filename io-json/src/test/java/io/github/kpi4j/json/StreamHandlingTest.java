package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The facade reads a caller's stream to its end and leaves it open; null arguments are bugs. */
class StreamHandlingTest {
  private static final KpiJson JSON = KpiJson.create();

  @Test
  void should_read_a_stream_without_closing_it() throws Exception {
    // GIVEN a stream of a plan that records closing
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(
            Files.readAllBytes(TestDocuments.GOOD.resolve("small-plan.json"))) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    // WHEN it is read THEN the plan is there and the stream is the caller's to close
    assertThat(JSON.readPlan(in, "small-plan.json").agency().code()).isEqualTo("TEST");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void should_refuse_null_arguments_as_programming_errors() {
    assertThatThrownBy(() -> JSON.readPlan((String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JSON.readResults(new ByteArrayInputStream(new byte[0]), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JSON.write((io.github.kpi4j.model.AnnualPlan) null, Path.of("x.json")))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void should_name_the_formats_and_find_them_by_id() {
    assertThat(DocumentFormat.fromId("kpi-plan/1")).contains(DocumentFormat.PLAN);
    assertThat(DocumentFormat.fromId("kpi-results/1")).contains(DocumentFormat.RESULTS);
    assertThat(DocumentFormat.fromId("kpi-plan/2")).isEmpty();
    assertThat(DocumentFormat.RESULTS.schema().getPath()).endsWith("kpi-results-1.schema.json");
  }
}
