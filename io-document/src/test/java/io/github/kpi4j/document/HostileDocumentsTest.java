package io.github.kpi4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.testing.Plans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents cost bounded time and memory and end in a {@link DocumentException} that says
 * what is wrong, or in findings; never in another exception.
 */
class HostileDocumentsTest {
  /** A megabyte limit: a zip part may then inflate to ten megabytes, no more. */
  private static final PlanDocuments SMALL =
      PlanDocuments.builder().maxDocumentBytes(1 << 20).build();

  @Test
  void should_stop_a_zip_bomb_disguised_as_an_odt_at_the_limit() throws IOException {
    // GIVEN an .odt whose content.xml inflates to 200 MB from a few hundred kilobytes
    byte[] bomb =
        zip(
            "mimetype",
            "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII),
            "content.xml",
            200);

    // WHEN it is read THEN it is refused as a zip bomb
    assertThat(bomb.length).isLessThan(1 << 20);
    assertThatThrownBy(() -> SMALL.read(bomb, "bomb.odt"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith(
            "bomb.odt: cannot read the document: the archive inflates to more than")
        .hasMessageContaining("zip bomb");
  }

  @Test
  void should_stop_a_zip_bomb_disguised_as_a_docx_at_the_limit() throws IOException {
    // GIVEN a .docx whose document part inflates to 200 MB
    byte[] bomb =
        zip(
            "[Content_Types].xml",
            "<Types/>".getBytes(StandardCharsets.US_ASCII),
            "word/document.xml",
            200);

    // WHEN it is read THEN it is refused as a zip bomb, before POI inflates it
    assertThatThrownBy(() -> SMALL.read(bomb, "bomb.docx"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("zip bomb");
  }

  @Test
  void should_refuse_entity_expansion_in_an_odt() throws IOException {
    // GIVEN content.xml with the "billion laughs" entities
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
            + "<text:p>&lol3;</text:p></office:text></office:body></office:document-content>";

    // WHEN it is read THEN no entity is expanded: the document is refused
    assertThatThrownBy(() -> SMALL.read(odt(laughs), "laughs.odt"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("laughs.odt: cannot read the document: not a readable .odt");
  }

  @Test
  void should_never_read_an_external_entity() throws IOException {
    // GIVEN content.xml whose entity names a local file
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
            + "<text:p>壹、年度施政目標及策略</text:p><text:p>一、&xxe;</text:p>"
            + "</office:text></office:body></office:document-content>";

    // WHEN it is read THEN it is refused, and nothing of the file is read
    assertThatThrownBy(() -> SMALL.read(odt(xxe), "xxe.odt"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("not a readable .odt");
  }

  @Test
  void should_refuse_a_docx_that_is_not_a_zip() {
    // GIVEN bytes that start as a zip archive and are not one
    byte[] broken =
        "PK\u0003\u0004 this is not a zip archive".getBytes(StandardCharsets.ISO_8859_1);

    // WHEN it is read THEN it is not a plan document
    assertThatThrownBy(() -> SMALL.read(broken, "broken.docx"))
        .isInstanceOf(DocumentException.class)
        .hasMessage(
            "broken.docx: not a plan document: neither a .docx, nor an .odt, nor UTF-8 text");
  }

  @Test
  void should_refuse_a_text_that_is_not_a_plan() {
    // GIVEN a text without goals, KPI table or programme table
    byte[] text =
        "Dear colleagues,\nplease find the minutes attached.\n".getBytes(StandardCharsets.UTF_8);

    // WHEN it is read THEN it is not a plan
    assertThatThrownBy(() -> SMALL.read(text, "minutes.txt"))
        .isInstanceOf(DocumentException.class)
        .hasMessage(
            "minutes.txt: not a plan: no goals (壹), no KPI table (貳) and no programme table (參)"
                + " found");
  }

  @Test
  void should_refuse_a_document_beyond_the_size_limit() {
    // GIVEN two megabytes of text
    byte[] large = new byte[2 << 20];
    java.util.Arrays.fill(large, (byte) 'a');

    // WHEN it is read through a stream THEN it is refused once the limit is passed
    assertThatThrownBy(() -> SMALL.read(new java.io.ByteArrayInputStream(large), "large.txt"))
        .isInstanceOf(DocumentException.class)
        .hasMessage("large.txt: the document is larger than 1048576 bytes");
  }

  @Test
  void should_read_a_kpi_table_of_ten_thousand_rows() {
    // GIVEN a plan of one goal and 10,000 KPIs, rendered as an .odt
    Kpi[] kpis = new Kpi[10_000];
    for (int k = 1; k <= kpis.length; k++) {
      kpis[k - 1] = Plans.kpi(k, "指標" + k).measurementStandard("次數").target(k + "次").build();
    }
    // (the agency as the table knows it, English name included, which is what an import gives)
    AnnualPlan plan =
        Plans.plan(Plans.YEAR, kpis).agency(Agencies.byCode("MAC").orElseThrow()).build();
    PlanDocuments documents = PlanDocuments.create();
    byte[] odt = documents.write(plan, DocumentKind.ODT);

    // WHEN it is imported
    PlanImport imported = documents.read(odt, "large.odt");

    // THEN every row is read
    assertThat(imported.plan()).isEqualTo(plan);
  }

  @Test
  void should_leave_out_with_an_error_a_row_whose_value_the_model_refuses() {
    // GIVEN the MAC 107 text with the name of KPI 1.1 printed a million and one characters long,
    // past what the model holds
    String name = "研蒐中國大陸對臺作為及兩岸情勢發展評估，規劃政策與研議因應策略";
    String text = new String(Seeds.bytes("seeds/mac-107.txt"), StandardCharsets.UTF_8);
    byte[] hostile =
        text.replaceFirst(java.util.regex.Pattern.quote(name), "研".repeat(1_000_001))
            .getBytes(StandardCharsets.UTF_8);

    // WHEN it is imported
    PlanImport imported = PlanDocuments.create().read(hostile, "mac-107.txt");

    // THEN the row is left out with an error where it stands, and the rest is read
    assertThat(imported.findings())
        .filteredOn(f -> f.rule().equals("row-refused"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("/goals/0/kpis/0");
              assertThat(f.message()).contains("1000000");
            });
    assertThat(imported.plan().goals().get(0).kpis()).isNotEmpty();
    assertThat(imported.plan().goals().get(0).kpis().get(0).name()).isNotEqualTo(name);
  }

  private static byte[] odt(String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /** A zip of a small first entry and a second of {@code megabytes} zeros. */
  private static byte[] zip(String first, byte[] firstBytes, String second, int megabytes)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry(first));
      zip.write(firstBytes);
      zip.putNextEntry(new ZipEntry(second));
      byte[] zeros = new byte[1 << 20];
      for (int m = 0; m < megabytes; m++) {
        zip.write(zeros);
      }
    }
    return bytes.toByteArray();
  }
}
