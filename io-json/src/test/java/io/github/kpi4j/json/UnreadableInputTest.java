package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpi4j.DocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file or stream that cannot be read at all is a DocumentException at line 0, like bad JSON. */
class UnreadableInputTest {
  private static final KpiJson JSON = KpiJson.create();

  @Test
  void should_report_a_missing_file_by_its_name_and_path(@TempDir Path directory) {
    // GIVEN a file that does not exist
    Path missing = directory.resolve("plans").resolve("mac-107.json");

    // WHEN it is read
    DocumentException e =
        catchThrowableOfType(DocumentException.class, () -> JSON.readPlan(missing));

    // THEN the message names the file, says it is missing, and keeps the cause
    assertThat(e.source()).isEqualTo("mac-107.json");
    assertThat(e.problem()).isEqualTo("no such file: " + missing);
    assertThat(new int[] {e.line(), e.column()}).isEqualTo(new int[] {0, 0});
    assertThat(e.pointer()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("mac-107.json: no such file: " + missing);
    assertThat(e.getCause()).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void should_report_a_directory_given_as_a_results_file(@TempDir Path directory) {
    // WHEN a directory is read as a document
    DocumentException e =
        catchThrowableOfType(DocumentException.class, () -> JSON.readResults(directory));

    // THEN it is refused as such
    assertThat(e.problem()).isEqualTo("expected a file, got a directory: " + directory);
  }

  @Test
  void should_report_a_stream_that_fails_under_its_given_name() {
    // GIVEN a stream whose reading fails
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };

    // WHEN it is read
    DocumentException e =
        catchThrowableOfType(DocumentException.class, () -> JSON.readPlan(failing, "<stdin>"));

    // THEN the stream's name and the cause are kept
    assertThat(e.getMessage()).isEqualTo("<stdin>: cannot read the stream: connection reset");
    assertThat(e.getCause()).hasMessage("connection reset");
  }
}
