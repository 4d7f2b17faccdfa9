package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading then writing a document gives the committed golden file, and reading that gives the same
 * model. The golden files were written by this writer and reviewed against their inputs: they
 * differ only by the {@code x-} extensions dropped and the empty arrays written. Run with {@code
 * -Dkpi4j.golden.update=true} to rewrite them after a deliberate change, and review the diff.
 */
class GoldenRoundTripTest {
  private static final KpiJson JSON = KpiJson.create();

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(TestDocuments.EXAMPLES.resolve("mac-107.json"), DocumentFormat.PLAN),
        Arguments.of(TestDocuments.EXAMPLES.resolve("mofa-107.json"), DocumentFormat.PLAN),
        Arguments.of(
            TestDocuments.EXAMPLES.resolve("mac-107-results.json"), DocumentFormat.RESULTS),
        Arguments.of(TestDocuments.EXAMPLES.resolve("tcedb-103.json"), DocumentFormat.PLAN),
        Arguments.of(
            TestDocuments.EXAMPLES.resolve("tcedb-103-results.json"), DocumentFormat.RESULTS),
        Arguments.of(
            TestDocuments.EXAMPLES.resolve("mofa-107-results.json"), DocumentFormat.RESULTS),
        Arguments.of(TestDocuments.GOOD.resolve("small-plan.json"), DocumentFormat.PLAN),
        Arguments.of(TestDocuments.GOOD.resolve("small-results.json"), DocumentFormat.RESULTS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void should_write_the_golden_document_and_read_it_back_equal(Path input, DocumentFormat format)
      throws IOException {
    Path golden = TestDocuments.GOLDEN.resolve(input.getFileName());

    // GIVEN a document read into the model
    Object model = format == DocumentFormat.PLAN ? JSON.readPlan(input) : JSON.readResults(input);

    // WHEN it is written
    String written =
        model instanceof AnnualPlan
            ? JSON.write((AnnualPlan) model)
            : JSON.write((PlanResults) model);
    if (Boolean.getBoolean("kpi4j.golden.update")) {
      Files.writeString(golden, written);
    }

    // THEN the text is the golden file, and reading it gives the same model
    assertThat(written).isEqualTo(Files.readString(golden));
    Object reread =
        format == DocumentFormat.PLAN ? JSON.readPlan(written) : JSON.readResults(written);
    assertThat(reread).isEqualTo(model);
  }
}
