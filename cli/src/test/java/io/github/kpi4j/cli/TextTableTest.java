package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.internal.DisplayWidth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
  private static TextTable kpis() {
    return new TextTable()
        .column("ID", TextTable.Align.LEFT)
        .shrinkingColumn("KPI")
        .column("Target", TextTable.Align.RIGHT)
        .column("Rating", TextTable.Align.LEFT);
  }

  @Test
  void should_align_columns_by_display_width_with_chinese_text() {
    // GIVEN rows with Chinese names of different lengths
    TextTable table =
        kpis()
            .row(cell("1.1"), cell("研究報告篇數"), cell("408篇"), cell("achieved"))
            .row(cell("1.2"), cell("預算執行率"), cell("91%"), cell("not achieved"));
    // WHEN laid out
    List<String> lines = table.render(100, 10, Style.of(false));
    // THEN each column starts at the same display column on every line
    assertThat(lines)
        .containsExactly(
            "ID   KPI           Target  Rating",
            "---  ------------  ------  ------------",
            "1.1  研究報告篇數   408篇  achieved",
            "1.2  預算執行率       91%  not achieved");
    int ratingColumn = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("Rating")));
    for (String line : lines.subList(2, 4)) {
      int at = line.indexOf(line.contains("not") ? "not" : "achieved");
      assertThat(DisplayWidth.of(line.substring(0, at))).isEqualTo(ratingColumn);
    }
  }

  @Test
  void should_shorten_the_names_to_fit_the_width() {
    // GIVEN a name far wider than the room
    TextTable table =
        kpis()
            .row(
                cell("1.1"),
                cell("研蒐中國大陸對臺作為及兩岸情勢發展評估，規劃政策與研議因應策略"),
                cell("408篇"),
                cell("achieved"));
    // WHEN laid out in 50 columns
    List<String> lines = table.render(50, 10, Style.of(false));
    // THEN every line fits and the name ends with an ellipsis
    assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(50));
    assertThat(lines.get(2)).contains("…");
  }

  @Test
  void should_keep_a_minimum_of_the_names_on_a_narrow_terminal() {
    // GIVEN a long name  WHEN laid out in far too few columns
    List<String> lines =
        kpis()
            .row(cell("1.1"), cell("研蒐中國大陸對臺作為及兩岸情勢發展評估"), cell("408篇"), cell("achieved"))
            .render(10, 12, Style.of(false));
    // THEN the name keeps the minimum width: a line may be long, a name is never unreadable
    assertThat(lines.get(2)).contains("研蒐中國大…");
  }

  @Test
  void should_colour_the_text_but_not_count_the_escapes_as_width() {
    // GIVEN a coloured rating
    TextTable table =
        kpis()
            .row(
                cell("1.1"), cell("研究"), new TextTable.Cell("408篇", Style.Colour.GREEN), cell("x"));
    // WHEN laid out with colours and without
    String coloured = table.render(100, 10, Style.of(true)).get(2);
    String plain = table.render(100, 10, Style.of(false)).get(2);
    // THEN the coloured line is the plain one with escapes around the cell's text
    assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
    assertThat(coloured).contains("\u001B[32m408篇\u001B[0m");
  }

  private static TextTable.Cell cell(String text) {
    return TextTable.Cell.of(text);
  }
}
