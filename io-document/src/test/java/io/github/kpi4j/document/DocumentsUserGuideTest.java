package io.github.kpi4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's snippet, as it stands there. */
class DocumentsUserGuideTest {
  @Test
  void should_show_in_the_readme_the_snippet_this_test_runs() throws java.io.IOException {
    // GIVEN this test's source and the README
    String source =
        java.nio.file.Files.readString(
            java.nio.file.Path.of(
                "src/test/java/io/github/kpi4j/document/DocumentsUserGuideTest.java"));
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
    String snippet =
        source.substring(
            source.lastIndexOf("PlanDocuments documents ="),
            source.lastIndexOf("      // spotless:on"));

    // WHEN the README is searched  THEN it holds the snippet as this test runs it
    assertThat(readme).contains(snippet);
  }

  @Test
  void should_run_the_readme_snippet() {
    // GIVEN the MAC plan as an .odt, and standard error captured
    InputStream in =
        new ByteArrayInputStream(
            PlanDocuments.create().write(Seeds.transcription("mac-107.json"), DocumentKind.ODT));
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    byte[] written;
    try {
      // WHEN the snippet runs
      // spotless:off
PlanDocuments documents = PlanDocuments.builder().locale(Locale.TRADITIONAL_CHINESE).build();
PlanImport imported = documents.read(in, "mac-107.odt"); // .docx, .odt or text: told from the content
for (ImportFinding finding : imported.findings()) {
  System.err.println("mac-107.odt:" + finding.location() + ": " + finding.severity().code() + ": " + finding.message());
}
byte[] docx = documents.write(imported.plan(), DocumentKind.DOCX);
      // spotless:on
      written = docx;
    } finally {
      System.setErr(err);
    }

    // THEN the document read has no finding, and the .docx written reads back to the same plan
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(PlanDocuments.create().read(written, "mac-107.docx").plan())
        .isEqualTo(Seeds.transcription("mac-107.json"));
  }
}
