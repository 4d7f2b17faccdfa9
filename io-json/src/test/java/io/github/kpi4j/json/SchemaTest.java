package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schemas (draft 2020-12) say what the readers say: every example document
 * validates, and every document of the bad corpus that is JSON at all fails, but for the rules that
 * only a reader applies (duplicate properties, limits), which the corpus marks.
 */
class SchemaTest {
  private static final Map<DocumentFormat, Schema> SCHEMAS = schemas();

  private static Map<DocumentFormat, Schema> schemas() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Map<DocumentFormat, Schema> schemas = new EnumMap<>(DocumentFormat.class);
    for (DocumentFormat format : DocumentFormat.values()) {
      try (InputStream in = format.schema().openStream()) {
        schemas.put(format, registry.getSchema(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schemas;
  }

  static Stream<Arguments> examples() {
    return Stream.of(DocumentFormat.values())
        .flatMap(
            format -> TestDocuments.examples(format).stream().map(f -> Arguments.of(f, format)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void should_validate_every_example_document(Path document, DocumentFormat format)
      throws IOException {
    // WHEN an example is validated against its format's schema
    List<Error> errors = SCHEMAS.get(format).validate(Files.readString(document), InputFormat.JSON);

    // THEN the schema finds nothing
    assertThat(errors).isEmpty();
  }

  @Test
  void should_validate_the_seed_plans_once_they_are_merged() {
    // GIVEN the examples of main
    Path mac = TestDocuments.EXAMPLES.resolve("mac-107.json");
    assumeTrue(Files.exists(mac), "examples/plans comes from main");

    // THEN both seed plans and the results are among the examples the schemas are checked against
    assertThat(TestDocuments.examples(DocumentFormat.PLAN))
        .contains(mac, TestDocuments.EXAMPLES.resolve("mofa-107.json"));
    assertThat(TestDocuments.examples(DocumentFormat.RESULTS))
        .contains(TestDocuments.EXAMPLES.resolve("mac-107-results.json"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvFileSource(
      resources = "/io/github/kpi4j/json/bad/expected.csv",
      delimiter = '|',
      quoteCharacter = '`',
      maxCharsPerColumn = 100_000)
  void should_reject_the_bad_documents_a_schema_can_see(String file, String kind, String verdict)
      throws IOException {
    if (verdict.equals("not-json")) {
      // THEN no schema applies, as it is no JSON text: the strict reader refuses its bytes
      Path document = TestDocuments.BAD.resolve(file);
      assertThatThrownBy(
              () -> {
                if (kind.equals("plan")) {
                  KpiJson.create().readPlan(document);
                } else {
                  KpiJson.create().readResults(document);
                }
              })
          .isInstanceOf(io.github.kpi4j.DocumentException.class);
      return;
    }
    Schema schema = SCHEMAS.get(kind.equals("plan") ? DocumentFormat.PLAN : DocumentFormat.RESULTS);
    String text =
        new String(Files.readAllBytes(TestDocuments.BAD.resolve(file)), StandardCharsets.UTF_8);

    // WHEN the bad document is validated
    List<Error> errors = schema.validate(text, InputFormat.JSON);

    // THEN the schema refuses it, unless the corpus says only a reader can
    if (verdict.equals("rejects")) {
      assertThat(errors).isNotEmpty();
    } else {
      assertThat(verdict).isEqualTo("accepts");
      assertThat(errors).isEmpty();
    }
  }

  @Test
  void should_declare_draft_2020_12_and_an_id_for_each_format() throws IOException {
    for (DocumentFormat format : DocumentFormat.values()) {
      // WHEN the schema resource is read
      String schema;
      try (InputStream in = format.schema().openStream()) {
        schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }

      // THEN it names its dialect, its id, and the one format it accepts
      assertThat(schema)
          .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
          .contains("\"$id\": \"https://kpi4j.github.io/schemas/" + format.id().replace('/', '-'))
          .contains("\"format\": {\"const\": \"" + format.id() + "\"}");
    }
  }
}
