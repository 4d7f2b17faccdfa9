package io.github.kpi4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kpi4j.document.internal.Layout;
import io.github.kpi4j.document.internal.PlanLayout;
import io.github.kpi4j.document.internal.docx.DocxLayout;
import io.github.kpi4j.document.internal.odt.OdtLayout;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What real documents do to the printed layout, injected into rendered plans, still reads back to
 * the plan: the KPI table broken by a page (its header row printed again, a KPI row continuing in
 * the next table with its other cells empty), goal and work-programme cells repeated in every row
 * instead of merged, full-width digits, half-width strategy numbering.
 */
class QuirksRoundTripTest {
  private static final PlanDocuments DOCUMENTS = PlanDocuments.create();

  @ParameterizedTest
  @EnumSource(
      value = DocumentKind.class,
      names = {"DOCX", "ODT"})
  void should_read_a_plan_back_through_the_quirks_of_real_documents(DocumentKind kind) {
    qt().withExamples(kind == DocumentKind.DOCX ? 100 : 200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              // GIVEN any plan, its layout with quirks
              AnnualPlan plan = RandomPlans.plan(seed);
              Layout layout = quirks(PlanLayout.of(plan), new Random(seed));
              byte[] document =
                  kind == DocumentKind.DOCX ? DocxLayout.write(layout) : OdtLayout.write(layout);
              // WHEN it is imported
              PlanImport imported = DOCUMENTS.read(document, "quirks");
              // THEN it is the plan, with no error
              assertThat(imported.plan()).isEqualTo(plan);
              assertThat(imported.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
            });
  }

  private static Layout quirks(Layout layout, Random random) {
    List<Layout.Block> blocks = new ArrayList<>();
    int tables = 0;
    for (Layout.Block block : layout.blocks()) {
      if (block instanceof Layout.Paragraph) {
        Layout.Paragraph p = (Layout.Paragraph) block;
        // （一） printed half width: (一)
        String text =
            p.text().startsWith("（") ? p.text().replaceFirst("^（(.+?)）", "($1)") : p.text();
        blocks.add(new Layout.Paragraph(text, p.title(), p.where()));
        continue;
      }
      Layout.Table table = (Layout.Table) block;
      tables++;
      List<Layout.Row> rows = new ArrayList<>();
      List<Layout.Cell> above = null;
      for (Layout.Row row : table.rows()) {
        List<Layout.Cell> cells = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
          Layout.Cell cell = row.cells().get(c);
          if (cell.mergedAbove() && cell.span() == 1 && above != null && random.nextBoolean()) {
            // Repeated instead of merged.
            cell = new Layout.Cell(above.get(c).lines(), cell.where());
          }
          if (tables == 1 && rows.size() >= 2 && c == 2
              || tables == 1 && rows.size() >= 2 && c == 4) {
            // Full-width digits in the KPI number and evaluation-system cells.
            cell = new Layout.Cell(fullWidth(cell.lines()), cell.where());
          }
          cells.add(cell);
        }
        rows.add(new Layout.Row(cells));
        above = cells;
      }
      if (tables == 1 && rows.size() > 3 && random.nextBoolean()) {
        // A page break after a KPI row: the header rows again, and the row's standard continuing.
        int at = 2 + random.nextInt(rows.size() - 2);
        Layout.Row broken = rows.get(at);
        String standard = broken.cells().get(6).lines().get(0);
        int cut = cutPoint(standard, random);
        List<Layout.Cell> first = new ArrayList<>(broken.cells());
        first.set(
            6, new Layout.Cell(List.of(standard.substring(0, cut)), broken.cells().get(6).where()));
        List<Layout.Cell> rest = new ArrayList<>();
        for (int c = 0; c < broken.cells().size(); c++) {
          rest.add(
              new Layout.Cell(
                  c == 6 ? List.of(standard.substring(cut)) : List.of(),
                  broken.cells().get(c).where()));
        }
        List<Layout.Row> before = new ArrayList<>(rows.subList(0, at));
        before.add(new Layout.Row(first));
        List<Layout.Row> after = new ArrayList<>(rows.subList(0, 2));
        after.add(new Layout.Row(rest));
        after.addAll(rows.subList(at + 1, rows.size()));
        blocks.add(new Layout.Table(before));
        blocks.add(new Layout.Table(after));
        continue;
      }
      blocks.add(new Layout.Table(rows));
    }
    return new Layout(blocks, layout.properties());
  }

  /**
   * A place to break a text where no space is lost and no space is made, no line break is lost (a
   * row broken by a page just at a line break of its standard leaves no trace of the break) and
   * none is made (a row broken just before a ladder's next step reads as one step a line).
   */
  private static int cutPoint(String text, Random random) {
    if (text.length() < 2) {
      return text.length();
    }
    for (int tries = 0; tries < 20; tries++) {
      int cut = 1 + random.nextInt(text.length() - 1);
      char before = text.charAt(cut - 1);
      char after = text.charAt(cut);
      boolean bothAscii = isAsciiAlnum(before) && isAsciiAlnum(after);
      boolean step = STEP.matcher(text.substring(cut)).lookingAt();
      if (before != ' ' && after != ' ' && before != '\n' && after != '\n' && !bothAscii && !step) {
        return cut;
      }
    }
    return text.length();
  }

  /** The numbering of a step: 2. 2、 （2）. */
  private static final Pattern STEP =
      Pattern.compile("[0-9０-９]+[.、．](?![0-9０-９])|[（(][0-9０-９]+[）)]");

  private static boolean isAsciiAlnum(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  private static List<String> fullWidth(List<String> lines) {
    List<String> wide = new ArrayList<>();
    for (String line : lines) {
      StringBuilder out = new StringBuilder();
      for (char c : line.toCharArray()) {
        out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
      }
      wide.add(Normalizer.normalize(out.toString(), Normalizer.Form.NFC));
    }
    return wide;
  }
}
