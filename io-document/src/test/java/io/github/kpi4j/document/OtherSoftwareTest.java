package io.github.kpi4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.finding.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Documents that LibreOffice wrote (see {@code office/README.md}) import with no error finding, the
 * line breaks it kept included.
 */
class OtherSoftwareTest {
  @ParameterizedTest
  @CsvSource({"office/mac-107-libreoffice.odt, ODT", "office/mac-107-libreoffice.docx, DOCX"})
  void should_import_a_document_libreoffice_wrote_to_the_plan_it_shows(
      String resource, DocumentKind kind) {
    // GIVEN the MAC 107 plan, rendered by kpi4j, then opened and saved by LibreOffice
    byte[] document = Seeds.bytes(resource);

    // WHEN it is imported
    PlanImport imported = PlanDocuments.create().read(document, resource);

    // THEN it is the plan, read without an error
    assertThat(imported.kind()).isEqualTo(kind);
    assertThat(imported.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(imported.plan()).isEqualTo(Seeds.transcriptionAsPrinted("mac-107.json"));
  }

  @ParameterizedTest
  @CsvSource({"office/tcedb-103-libreoffice.odt, ODT", "office/tcedb-103-libreoffice.docx, DOCX"})
  void should_keep_the_line_breaks_libreoffice_kept(String resource, DocumentKind kind) {
    // GIVEN the 臺中市政府經濟發展局 103 plan, its ladders one step a line, rendered by kpi4j, then
    // opened and saved by LibreOffice in the other format
    byte[] document = Seeds.bytes(resource);

    // WHEN it is imported
    PlanImport imported = PlanDocuments.create().read(document, resource);

    // THEN it is the plan, each standard on its lines, read without an error
    assertThat(imported.kind()).isEqualTo(kind);
    assertThat(imported.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(imported.plan()).isEqualTo(Seeds.transcription("tcedb-103.json"));
  }
}
