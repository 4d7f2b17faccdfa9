package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kpi4j.DocumentException;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the input, a reader returns a model or raises a DocumentException with a sensible
 * position, and nothing else escapes; whatever it accepts, the schema accepts and a writer writes
 * back to the same model.
 */
class AnyInputPropertyTest {
  private static final KpiJson JSON = KpiJson.create();
  private static final List<String> PLANS =
      List.of(
          TestDocuments.read(TestDocuments.GOOD.resolve("small-plan.json")),
          TestDocuments.read(TestDocuments.GOLDEN.resolve("mac-107.json")));
  private static final List<String> RESULTS =
      List.of(
          TestDocuments.read(TestDocuments.GOOD.resolve("small-results.json")),
          TestDocuments.read(TestDocuments.GOLDEN.resolve("mac-107-results.json")));
  private static final List<String> FRAGMENTS =
      List.of(
          "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "1.5", "-0", "1e400", "0x1F",
          "\"x-a\": 1,", "\"nmae\": \"a\",", "\u0000", "\t", "\n", "é", "長", "\uD83D\uDE00", " ",
          "\"kpi-plan/2\"", "\"kpi-results/1\"", "NaN", "'", "//", "6", "\"其它\"");
  private static final Schema PLAN_SCHEMA = schema(DocumentFormat.PLAN);
  private static final Schema RESULTS_SCHEMA = schema(DocumentFormat.RESULTS);

  private static Schema schema(DocumentFormat format) {
    try (InputStream in = format.schema().openStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 300)
  void arbitrary_bytes_give_a_plan_or_a_document_exception(@ForAll byte[] bytes) {
    try {
      JSON.readPlan(new ByteArrayInputStream(bytes), "bytes.json");
    } catch (DocumentException e) {
      assertSensible(e, "bytes.json");
    }
    try {
      JSON.readResults(new ByteArrayInputStream(bytes), "bytes.json");
    } catch (DocumentException e) {
      assertSensible(e, "bytes.json");
    }
  }

  @Property(tries = 400)
  void mutated_plans_give_a_plan_or_a_document_exception(@ForAll("mutatedPlans") String text) {
    AnnualPlan plan;
    try {
      plan = JSON.readPlan(text);
    } catch (DocumentException e) {
      Statistics.collect("refused");
      assertSensible(e, KpiJson.STRING_SOURCE);
      assertThat(e.line()).isBetween(1, (int) text.lines().count() + 1);
      return;
    }
    Statistics.collect("accepted");
    // Accepted: the schema agrees, and the model survives a round trip.
    assertThat(PLAN_SCHEMA.validate(text, InputFormat.JSON)).isEmpty();
    assertThat(JSON.readPlan(JSON.write(plan))).isEqualTo(plan);
  }

  @Property(tries = 300)
  void mutated_results_give_results_or_a_document_exception(
      @ForAll("mutatedResults") String text) {
    PlanResults results;
    try {
      results = JSON.readResults(text);
    } catch (DocumentException e) {
      Statistics.collect("refused");
      assertSensible(e, KpiJson.STRING_SOURCE);
      return;
    }
    Statistics.collect("accepted");
    assertThat(RESULTS_SCHEMA.validate(text, InputFormat.JSON)).isEmpty();
    assertThat(JSON.readResults(JSON.write(results))).isEqualTo(results);
  }

  private static void assertSensible(DocumentException e, String source) {
    assertThat(e.source()).isEqualTo(source);
    assertThat(e.line()).isNotNegative();
    assertThat(e.column()).isNotNegative();
    assertThat(e.pointer()).matches("(/[^/]*)*");
    assertThat(e.problem()).isNotBlank().doesNotContain("tools.jackson").doesNotContain("[Source");
    assertThat(e.getMessage()).startsWith(source);
  }

  @Provide
  Arbitrary<String> mutatedPlans() {
    return mutated(Arbitraries.of(PLANS));
  }

  @Provide
  Arbitrary<String> mutatedResults() {
    return mutated(Arbitraries.of(RESULTS));
  }

  /** One to four edits: a deletion, an insertion of a JSON-significant fragment, or a cut. */
  private static Arbitrary<String> mutated(Arbitrary<String> documents) {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 12),
                Arbitraries.of(FRAGMENTS))
            .as(Edit::new);
    return Combinators.combine(documents, edit.list().ofMinSize(1).ofMaxSize(4))
        .as(
            (document, edits) -> {
              String text = document;
              for (Edit e : edits) {
                text = e.apply(text);
              }
              return text;
            });
  }

  private static final class Edit {
    private final int kind;
    private final double where;
    private final int length;
    private final String fragment;

    Edit(int kind, double where, int length, String fragment) {
      this.kind = kind;
      this.where = where;
      this.length = length;
      this.fragment = fragment;
    }

    String apply(String text) {
      int at = (int) (where * text.length());
      switch (kind) {
        case 0:
          return text.substring(0, at) + text.substring(Math.min(text.length(), at + length));
        case 1:
          return text.substring(0, at) + fragment + text.substring(at);
        default:
          return text.substring(0, at);
      }
    }

    @Override
    public String toString() {
      return List.of("delete", "insert " + fragment, "cut").get(kind) + " at " + where;
    }
  }
}
