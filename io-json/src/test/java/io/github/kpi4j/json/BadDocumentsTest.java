package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpi4j.DocumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The corpus of unreadable documents ({@code bad/NN-name.json}): each ends in the DocumentException
 * that {@code bad/expected.csv} gives, exactly, and in nothing else.
 */
class BadDocumentsTest {
  private static final KpiJson JSON = KpiJson.create();

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
    Path document = TestDocuments.BAD.resolve(file);
    String expectedPointer = Objects.requireNonNullElse(pointer, "");

    // WHEN the document is read as the kind the corpus says
    DocumentException e =
        catchThrowableOfType(
            DocumentException.class,
            () -> {
              if (kind.equals("plan")) {
                JSON.readPlan(document);
              } else {
                JSON.readResults(document);
              }
            });

    // THEN it is refused at the expected place, for the expected reason
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
