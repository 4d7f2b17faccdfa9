package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
  void should_validate_the_seed_plans() {
    // GIVEN the bundled examples
    Path mac = TestDocuments.EXAMPLES.resolve("mac-107.json");

    // THEN both seed plans and the results are among the examples the schemas are checked against
    assertThat(TestDocuments.examples(DocumentFormat.PLAN))
        .contains(mac, TestDocuments.EXAMPLES.resolve("mofa-107.json"));
    assertThat(TestDocuments.examples(DocumentFormat.RESULTS))
        .contains(TestDocuments.EXAMPLES.resolve("mac-107-results.json"));
  }

  /**
   * The rows of the bad-document corpus that are JSON text: a schema has nothing to say of the
   * others (not UTF-8, not JSON), so they are left out here rather than skipped on every build; the
   * readers' tests cover every row.
   */
  static Stream<Arguments> badJsonDocuments() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (InputStream in = SchemaTest.class.getResourceAsStream("bad/expected.csv")) {
      String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : csv.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        // Fields are separated by | and never quoted: file|kind|schema|…
        String[] fields = line.split("\\|", 4);
        if (!fields[2].equals("not-json")) {
          rows.add(Arguments.of(fields[0], fields[1], fields[2]));
        }
      }
    }
    return rows.stream();
  }

  @Test
  void should_leave_out_only_the_bad_documents_that_are_not_json_text() throws IOException {
    // GIVEN the corpus  WHEN its JSON rows are taken  THEN every row is either JSON or not-json
    long rows;
    try (InputStream in = SchemaTest.class.getResourceAsStream("bad/expected.csv")) {
      rows =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .count();
    }
    long notJson;
    try (InputStream in = SchemaTest.class.getResourceAsStream("bad/expected.csv")) {
      notJson =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> line.contains("|not-json|"))
              .count();
    }
    assertThat(badJsonDocuments().count()).isEqualTo(rows - notJson).isPositive();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badJsonDocuments")
  void should_reject_the_bad_documents_a_schema_can_see(String file, String kind, String verdict)
      throws IOException {
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
