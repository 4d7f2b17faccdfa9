package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpi4j.DocumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The corpus of unreadable documents ({@code bad/NN-name.json}): each ends in the DocumentException
 * that {@code bad/expected.csv} gives, exactly, and in nothing else; read in Traditional Chinese,
 * in the one {@code bad/expected_zh_TW.csv} gives, at the same place.
 */
class BadDocumentsTest {
  private static final KpiJson JSON = KpiJson.create();
  private static final KpiJson CHINESE = KpiJson.builder().locale(Locale.TAIWAN).build();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/github/kpi4j/json/bad/expected.csv",
      delimiter = '|',
      quoteCharacter = '`',
      ignoreLeadingAndTrailingWhitespace = false,
      maxCharsPerColumn = 100_000)
  void should_refuse_the_document_saying_where_and_what(
      String file,
      String kind,
      String schema,
      int line,
      int column,
      String pointer,
      String problem) {
    // WHEN the document is read as the kind the corpus says
    DocumentException e = read(JSON, file, kind);

    // THEN it is refused at the expected place, for the expected reason
    assertRefused(e, file, line, column, pointer, problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/io/github/kpi4j/json/bad/expected_zh_TW.csv",
      delimiter = '|',
      quoteCharacter = '`',
      ignoreLeadingAndTrailingWhitespace = false,
      maxCharsPerColumn = 100_000)
  void should_refuse_the_document_in_chinese_saying_where_and_what(
      String file, String kind, int line, int column, String pointer, String problem) {
    // WHEN the document is read by a reader in Traditional Chinese
    DocumentException e = read(CHINESE, file, kind);

    // THEN it is refused at the expected place, for the expected reason, said in Chinese
    assertRefused(e, file, line, column, pointer, problem);
  }

  @Test
  void should_give_every_english_row_a_chinese_one_at_the_same_place() throws IOException {
    // GIVEN the rows of both expectations, without their problems
    Map<String, String> english = places("expected.csv", 2);
    Map<String, String> chinese = places("expected_zh_TW.csv", 1);

    // THEN each document is refused at the same place in both languages
    assertThat(chinese).isEqualTo(english);
  }

  /**
   * @param skipped the columns between the kind and the line
   * @return file → kind, line, column and pointer, for each row of the expectations
   */
  private static Map<String, String> places(String expectations, int skipped) throws IOException {
    Map<String, String> places = new TreeMap<>();
    for (String row : Files.readAllLines(TestDocuments.BAD.resolve(expectations))) {
      if (row.startsWith("#") || row.isBlank()) {
        continue;
      }
      List<String> fields = List.of(row.split("\\|", -1));
      String kind = fields.get(1);
      List<String> place = fields.subList(skipped + 1, skipped + 4);
      assertThat(places.put(fields.get(0), kind + "|" + String.join("|", place)))
          .as("a second row for " + fields.get(0))
          .isNull();
    }
    return places;
  }

  private static DocumentException read(KpiJson json, String file, String kind) {
    Path document = TestDocuments.BAD.resolve(file);
    return catchThrowableOfType(
        DocumentException.class,
        () -> {
          if (kind.equals("plan")) {
            json.readPlan(document);
          } else {
            json.readResults(document);
          }
        });
  }

  private static void assertRefused(
      DocumentException e, String file, int line, int column, String pointer, String problem) {
    String expectedPointer = Objects.requireNonNullElse(pointer, "");
    assertThat(e).as("refused").isNotNull();
    assertThat(e.source()).isEqualTo(file);
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.pointer()).isEqualTo(expectedPointer);
    assertThat(new int[] {e.line(), e.column()}).isEqualTo(new int[] {line, column});
    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ":"
                + line
                + ":"
                + column
                + " at "
                + (expectedPointer.isEmpty() ? "/" : expectedPointer)
                + ": "
                + problem);
  }

  @Test
  void should_list_every_document_of_the_corpus_and_hold_at_least_thirty() throws IOException {
    // GIVEN the documents of the folder and the rows of the expectations
    List<String> files;
    try (Stream<Path> list = Files.list(TestDocuments.BAD)) {
      files =
          list.map(path -> path.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .sorted()
              .collect(Collectors.toList());
    }
    List<String> rows =
        Files.readAllLines(TestDocuments.BAD.resolve("expected.csv")).stream()
            .filter(row -> !row.startsWith("#") && !row.isBlank())
            .map(row -> row.substring(0, row.indexOf('|')))
            .sorted()
            .collect(Collectors.toList());

    // THEN each document has its expectation, and the corpus is as large as the benchmarks want
    assertThat(rows).isEqualTo(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
  }
}
