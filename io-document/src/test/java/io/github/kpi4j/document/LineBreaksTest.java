package io.github.kpi4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.document.internal.Layout;
import io.github.kpi4j.document.internal.docx.DocxLayout;
import io.github.kpi4j.document.internal.odt.OdtLayout;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.YearTarget;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cell's paragraphs and the line breaks inside a paragraph mean different things: documents break
 * a value over paragraphs where a cell was narrow (a wrap, joined), and a line break ({@code
 * <w:br/>}, {@code <text:line-break/>}) is a line of the value's own, kept as {@code \n}; where a
 * line after a break starts something of its own (another year's target, a content point), it is
 * read as such, as before.
 */
class LineBreaksTest {
  private static final PlanDocuments DOCUMENTS = PlanDocuments.create();

  /**
   * Standards printed in MAC 107 KPI 1.1's cell as paragraphs, and what is read from them: a
   * paragraph is a wrap, joined to the one before, unless it starts the next step of a ladder that
   * starts with step 1; a line break inside a paragraph is a line of the standard's own.
   */
  static Stream<Arguments> standards() {
    List<List<Object>> cases =
        List.of(
            List.of(
                "wrapped over two paragraphs, as a narrow cell breaks it",
                List.of("研蒐中國大陸", "對臺作為"),
                "研蒐中國大陸對臺作為"),
            List.of(
                "a line break inside a paragraph, its second line wrapped over a second paragraph",
                List.of("1.研蒐中國大陸\n2.對臺", "作為"),
                "1.研蒐中國大陸\n2.對臺作為"),
            List.of(
                "a ladder one step a paragraph, the first step wrapped (as documents print ladders in"
                    + " narrow cells, and as kpi4j rendered them before it wrote line breaks)",
                List.of("1.完成專業規劃", "委託服務(25%)", "2.完成土地規劃(50%)"),
                "1.完成專業規劃委託服務(25%)\n2.完成土地規劃(50%)"),
            List.of(
                "numbered parts run together (MAC 107 KPI 6.4), wrapped just before the second:"
                    + " no ladder, since it does not start with step 1",
                List.of("訊息則數，包括：1.正面訊息則數。", "2.負面訊息則數"),
                "訊息則數，包括：1.正面訊息則數。2.負面訊息則數"));
    return Stream.of(DocumentKind.DOCX, DocumentKind.ODT)
        .flatMap(kind -> cases.stream().map(c -> Arguments.of(c.get(0), kind, c.get(1), c.get(2))));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("standards")
  void should_join_the_wrapped_paragraphs_of_a_standard_and_keep_its_line_breaks(
      String printed, DocumentKind kind, List<String> paragraphs, String expected) {
    // GIVEN a rendered plan whose standard prints as those paragraphs
    Layout layout = edit(cells -> standardCell(cells) ? set(cells, 6, paragraphs) : cells);

    // WHEN it is imported
    Kpi kpi = firstKpi(read(layout, kind));

    // THEN the wraps are joined, the steps and the line breaks start lines
    assertThat(kpi.measurementStandard()).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(
      value = DocumentKind.class,
      names = {"DOCX", "ODT"})
  void should_read_another_years_target_after_a_line_break_as_a_line_of_its_own(DocumentKind kind) {
    // GIVEN a rendered plan whose target cell prints the target, a line break, another year's
    // target, a line break and a second line of it
    Layout layout =
        edit(
            cells -> standardCell(cells) ? set(cells, 7, List.of("408篇\n108年：420篇\n（暫定）")) : cells);

    // WHEN it is imported
    Kpi kpi = firstKpi(read(layout, kind));

    // THEN the target and the other year's are apart, the last line the other year's own
    assertThat(kpi.target().map(t -> t.text())).contains("408篇");
    assertThat(kpi.targets()).containsExactly(YearTarget.of(108, "420篇\n（暫定）"));
  }

  @ParameterizedTest
  @EnumSource(
      value = DocumentKind.class,
      names = {"DOCX", "ODT"})
  void should_read_content_points_after_line_breaks_as_points(DocumentKind kind) {
    // GIVEN a rendered plan whose first programme prints its points in one paragraph, a line break
    // before each, and a second line of the first point
    Layout layout =
        edit(
            cells ->
                cells.size() == 5 && cells.get(3).lines().size() > 1 && !cells.get(0).isEmpty()
                    ? set(cells, 3, List.of("一、甲項\n說明\n二、乙項"))
                    : cells);

    // WHEN it is imported
    PlanImport imported = read(layout, kind);

    // THEN each numbered line starts a point, the other line is the first point's own
    assertThat(imported.plan().programmes())
        .anyMatch(p -> p.content().equals(List.of("甲項\n說明", "乙項")));
  }

  @Test
  void should_keep_only_numbered_steps_on_lines_of_their_own_in_a_plain_text_copy() {
    // GIVEN the 臺中市政府經濟發展局 103 plan, titled, its first standard on two lines that are no
    // steps, as a plain-text copy: a text has no line break apart from its lines
    AnnualPlan plan = Seeds.transcription("tcedb-103.json");
    AnnualPlan titled =
        AnnualPlan.builder()
            .from(plan)
            .title("臺中市政府經濟發展局103年度施政計畫")
            .goals(
                plan.goals().stream()
                    .map(
                        g ->
                            g.number() != 1
                                ? g
                                : Goal.builder()
                                    .from(g)
                                    .kpis(
                                        g.kpis().stream()
                                            .map(
                                                k ->
                                                    k.number() != 1
                                                        ? k
                                                        : Kpi.builder()
                                                            .from(k)
                                                            .measurementStandard("辦理會展活動場次\n（含協辦）")
                                                            .build())
                                            .toList())
                                    .build())
                    .toList())
            .build();
    byte[] text = DOCUMENTS.write(titled, DocumentKind.TEXT);
    assertThat(new String(text, StandardCharsets.UTF_8)).contains("\n2.完成土地規劃(50%)\n");

    // WHEN it is imported
    PlanImport imported =
        PlanDocuments.builder().agencyCode("TCEDB").build().read(text, "tcedb-103.txt");

    // THEN the ladders keep their steps on their lines, the other standard's lines are joined as
    // wraps (the documented limit of text)
    Kpi flowers = imported.plan().goals().get(2).kpis().get(1);
    assertThat(flowers.measurementStandard())
        .isEqualTo(plan.goals().get(2).kpis().get(1).measurementStandard());
    assertThat(flowers.milestones()).isEqualTo(plan.goals().get(2).kpis().get(1).milestones());
    assertThat(imported.plan().goals().get(0).kpis().get(0).measurementStandard())
        .isEqualTo("辦理會展活動場次（含協辦）");
  }

  private static PlanImport read(Layout layout, DocumentKind kind) {
    byte[] document =
        kind == DocumentKind.DOCX ? DocxLayout.write(layout) : OdtLayout.write(layout);
    return DOCUMENTS.read(document, "breaks." + kind.extension());
  }

  private static Kpi firstKpi(PlanImport imported) {
    return imported.plan().goals().get(0).kpis().get(0);
  }

  /** Whether the row is MAC 107 KPI 1.1's, the one whose target is 408篇. */
  private static boolean standardCell(List<Layout.Cell> cells) {
    return cells.size() == 9 && cells.get(7).lines().equals(List.of("408篇"));
  }

  private static List<Layout.Cell> set(List<Layout.Cell> cells, int index, List<String> lines) {
    cells.set(index, new Layout.Cell(lines, cells.get(index).where()));
    return cells;
  }

  /** The MAC 107 plan's layout, every row of every table passed through {@code edit}. */
  private static Layout edit(UnaryOperator<List<Layout.Cell>> edit) {
    return Seeds.layoutEdited("mac-107.json", edit);
  }
}
