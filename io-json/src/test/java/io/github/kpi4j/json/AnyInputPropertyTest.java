package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever the input, a reader returns a model or raises a DocumentException with a sensible
 * position, and nothing else escapes; whatever it accepts, the schema accepts and a writer writes
 * back to the same model.
 */
class AnyInputPropertyTest {
  private static final KpiJson JSON = KpiJson.create();
  private static final List<Document> PLANS =
      List.of(
          Document.of(TestDocuments.GOOD.resolve("small-plan.json")),
          Document.of(TestDocuments.GOLDEN.resolve("mac-107.json")));
  private static final List<Document> RESULTS =
      List.of(
          Document.of(TestDocuments.GOOD.resolve("small-results.json")),
          Document.of(TestDocuments.GOLDEN.resolve("mac-107-results.json")));
  private static final List<String> FRAGMENTS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          ",",
          ":",
          "\"",
          "\\",
          "null",
          "true",
          "1.5",
          "-0",
          "1e400",
          "0x1F",
          "\"x-a\": 1,",
          "\"nmae\": \"a\",",
          "\u0000",
          "\t",
          "\n",
          "é",
          "長",
          "\uD83D\uDE00",
          " ",
          "\"kpi-plan/2\"",
          "\"kpi-results/1\"",
          "NaN",
          "'",
          "//",
          "6",
          "\"其它\"");
  private static final Schema PLAN_SCHEMA = schema(DocumentFormat.PLAN);
  private static final Schema RESULTS_SCHEMA = schema(DocumentFormat.RESULTS);

  private static Schema schema(DocumentFormat format) {
    try (InputStream in = format.schema().openStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void should_give_a_plan_or_a_document_exception_for_arbitrary_bytes() {
    qt().withExamples(500)
        .forAll(bytes())
        .checkAssert(
            bytes -> {
              // GIVEN any bytes
              // WHEN they are read as a plan  THEN only a sensible DocumentException escapes
              try {
                JSON.readPlan(new ByteArrayInputStream(bytes), "bytes.json");
              } catch (DocumentException e) {
                assertSensible(e, "bytes.json");
              }
              // AND WHEN they are read as results  THEN the same
              try {
                JSON.readResults(new ByteArrayInputStream(bytes), "bytes.json");
              } catch (DocumentException e) {
                assertSensible(e, "bytes.json");
              }
            });
  }

  @Test
  void should_give_a_plan_or_a_document_exception_for_a_mutated_plan() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(500)
        .forAll(mutated(PLANS))
        .checkAssert(
            mutation -> {
              // GIVEN a plan document with a few edits
              String text = mutation.text();
              AnnualPlan plan;
              try {
                // WHEN it is read
                plan = JSON.readPlan(text);
              } catch (DocumentException e) {
                // THEN a refusal says sensibly where, on a line the text has
                refused.incrementAndGet();
                assertSensible(e, KpiJson.STRING_SOURCE);
                assertThat(e.line()).isBetween(1, (int) text.lines().count() + 1);
                return;
              }
              // THEN what is accepted the schema accepts too, and it survives a round trip
              accepted.incrementAndGet();
              assertThat(PLAN_SCHEMA.validate(text, InputFormat.JSON)).isEmpty();
              assertThat(JSON.readPlan(JSON.write(plan))).isEqualTo(plan);
            });
    // AND both outcomes were exercised: the edits neither always nor never break the document
    assertThat(accepted).hasPositiveValue();
    assertThat(refused).hasPositiveValue();
  }

  @Test
  void should_give_results_or_a_document_exception_for_mutated_results() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(400)
        .forAll(mutated(RESULTS))
        .checkAssert(
            mutation -> {
              // GIVEN a results document with a few edits
              String text = mutation.text();
              PlanResults results;
              try {
                // WHEN it is read
                results = JSON.readResults(text);
              } catch (DocumentException e) {
                // THEN a refusal says sensibly where
                refused.incrementAndGet();
                assertSensible(e, KpiJson.STRING_SOURCE);
                return;
              }
              // THEN what is accepted the schema accepts too, and it survives a round trip
              accepted.incrementAndGet();
              assertThat(RESULTS_SCHEMA.validate(text, InputFormat.JSON)).isEmpty();
              assertThat(JSON.readResults(JSON.write(results))).isEqualTo(results);
            });
    // AND both outcomes were exercised
    assertThat(accepted).hasPositiveValue();
    assertThat(refused).hasPositiveValue();
  }

  @Test
  void should_read_a_document_from_its_bytes_as_from_its_text() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Document> documents = List.of(PLANS.get(0), PLANS.get(1), RESULTS.get(0), RESULTS.get(1));
    qt().withExamples(600)
        .forAll(mutated(documents), Generate.booleans())
        // An edit can split a surrogate pair (an emoji inserted, then half of it deleted): such a
        // text has no UTF-8 bytes (String.getBytes writes '?' for the lone half), so there are no
        // bytes that could be read as it is.
        .assuming(
            (mutation, byteOrderMark) ->
                StandardCharsets.UTF_8.newEncoder().canEncode(mutation.text()))
        .checkAssert(
            (mutation, byteOrderMark) -> {
              // GIVEN a document with a few edits, as text and as its UTF-8 bytes, with or
              // without a byte order mark
              String text = mutation.text();
              byte[] bytes =
                  (byteOrderMark ? "\uFEFF" + text : text).getBytes(StandardCharsets.UTF_8);
              boolean plan = mutation.document().name().contains("plan");
              // WHEN both are read
              Object fromText;
              Object fromBytes;
              try {
                fromText = plan ? JSON.readPlan(text) : JSON.readResults(text);
              } catch (DocumentException e) {
                // THEN a refusal of the text is the same refusal of the bytes, at the same place
                refused.incrementAndGet();
                DocumentException fromBytesRefused =
                    catchDocumentException(bytes, plan, KpiJson.STRING_SOURCE);
                assertThat(fromBytesRefused)
                    .as("the bytes are refused as the text is")
                    .isNotNull()
                    .hasMessage(e.getMessage());
                return;
              }
              // THEN what the text gives, the bytes give
              accepted.incrementAndGet();
              InputStream in = new ByteArrayInputStream(bytes);
              fromBytes =
                  plan ? JSON.readPlan(in, "bytes.json") : JSON.readResults(in, "bytes.json");
              assertThat(fromBytes).isEqualTo(fromText);
            });
    // AND both outcomes were exercised
    assertThat(accepted).hasPositiveValue();
    assertThat(refused).hasPositiveValue();
  }

  /**
   * @return the refusal of the bytes, or null if they are read
   */
  private static DocumentException catchDocumentException(
      byte[] bytes, boolean plan, String source) {
    InputStream in = new ByteArrayInputStream(bytes);
    try {
      if (plan) {
        JSON.readPlan(in, source);
      } else {
        JSON.readResults(in, source);
      }
      return null;
    } catch (DocumentException e) {
      return e;
    }
  }

  private static void assertSensible(DocumentException e, String source) {
    assertThat(e.source()).isEqualTo(source);
    assertThat(e.line()).isNotNegative();
    assertThat(e.column()).isNotNegative();
    assertThat(e.pointer()).matches("(/[^/]*)*");
    assertThat(e.problem()).isNotBlank().doesNotContain("tools.jackson").doesNotContain("[Source");
    assertThat(e.getMessage()).startsWith(source);
  }

  /**
   * Mostly bytes of any value, up to 255 of them; but those are refused at their first byte, so
   * also a UTF-8 document with a few bytes overwritten, which reaches the decoding of names and
   * values deep inside.
   */
  private static Gen<byte[]> bytes() {
    Gen<Byte> anyByte = Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
    Gen<byte[]> anyBytes = Generate.byteArrays(integers().between(0, 255), anyByte);
    Gen<byte[]> corrupted =
        in -> {
          List<Document> documents = List.of(PLANS.get(0), RESULTS.get(0));
          byte[] bytes =
              documents
                  .get(integers().between(0, documents.size() - 1).generate(in))
                  .text()
                  .getBytes(StandardCharsets.UTF_8);
          int overwrites = integers().between(1, 4).generate(in);
          for (int i = 0; i < overwrites; i++) {
            bytes[integers().between(0, bytes.length - 1).generate(in)] = anyByte.generate(in);
          }
          return bytes;
        };
    return Generate.frequency(List.of(Pair.of(3, anyBytes), Pair.of(1, corrupted)))
        .describedAs(Arrays::toString);
  }

  /** One to four edits: a deletion, an insertion of a JSON-significant fragment, or a cut. */
  private static Gen<Mutation> mutated(List<Document> documents) {
    Gen<Edit> edit =
        integers()
            .between(0, 2)
            .zip(
                doubles().between(0, 1),
                integers().between(1, 12),
                Generate.pick(FRAGMENTS),
                Edit::new);
    return Generate.pick(documents)
        .zip(
            lists().of(edit).ofSizeBetween(1, 4),
            (document, edits) -> new Mutation(document, edits));
  }

  /** A document this test starts from, named in a failure's report instead of printed whole. */
  private record Document(String name, String text) {
    static Document of(Path file) {
      return new Document(file.getFileName().toString(), TestDocuments.read(file));
    }
  }

  /** A document and the edits made to it: a failure reports these, not the long text. */
  private record Mutation(Document document, List<Edit> edits) {
    String text() {
      String text = document.text();
      for (Edit e : edits) {
        text = e.apply(text);
      }
      return text;
    }

    @Override
    public String toString() {
      return document.name() + " " + edits;
    }
  }

  private record Edit(int kind, double where, int length, String fragment) {
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
      String what = List.of("delete " + length, "insert " + quoted(fragment), "cut").get(kind);
      return what + " at " + where;
    }

    private static String quoted(String fragment) {
      return fragment
          .codePoints()
          .mapToObj(c -> c < 0x20 ? String.format("\\u%04X", c) : Character.toString(c))
          .collect(Collectors.joining("", "'", "'"));
    }
  }
}
