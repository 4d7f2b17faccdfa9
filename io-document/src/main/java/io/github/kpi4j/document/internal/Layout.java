package io.github.kpi4j.document.internal;

import io.github.kpi4j.document.Location;
import java.util.List;
import java.util.Map;

/**
 * A document as its readers see it and its writers print it: paragraphs and tables in document
 * order, each cell a list of lines (the paragraphs of a cell, or the lines of a cell in a text),
 * and the document's properties.
 *
 * <p>A line of a cell is one paragraph; a line break printed inside it ({@code <w:br/>}, {@code
 * <text:line-break/>}) is a {@code \n} in it. The two mean different things: documents break a
 * value over paragraphs where the cell was narrow (a wrap, joined again), and kpi4j prints a
 * value's own lines (a measurement standard's steps) as line breaks inside one paragraph. A text
 * has no such distinction: its lines hold no {@code \n}.
 *
 * @param blocks the paragraphs and tables
 * @param properties the document's user-defined properties, by name
 */
public record Layout(List<Block> blocks, Map<String, String> properties) {
  /**
   * @param text a paragraph of a cell as a document holds it, a line break in it as {@code \n}
   * @return its line of the layout: each line stripped, blank ones dropped, joined by {@code \n};
   *     empty for a blank paragraph
   */
  public static String paragraphLines(String text) {
    StringBuilder out = new StringBuilder();
    for (String part : text.split("\n")) {
      if (!part.isBlank()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(part.strip());
      }
    }
    return out.toString();
  }

  /** A paragraph or a table. */
  public sealed interface Block permits Paragraph, Table {}

  /**
   * A paragraph outside the tables.
   *
   * @param text its text, on one line
   * @param title whether the document marks it as its title
   * @param where where it stands
   */
  public record Paragraph(String text, boolean title, Location where) implements Block {}

  /**
   * A table.
   *
   * @param rows its rows
   */
  public record Table(List<Row> rows) implements Block {}

  /**
   * A row of a table.
   *
   * @param cells its cells, one per grid column: a cell a merged cell covers is there, empty
   */
  public record Row(List<Cell> cells) {}

  /**
   * A cell of a table.
   *
   * @param lines its paragraphs, each stripped, a line break inside one a {@code \n} (the lines
   *     around it stripped, none blank); none for an empty cell
   * @param where where it stands
   * @param span the grid columns it spans, for a writer; a reader gives 1 and adds an empty cell
   *     for each column a merged cell covers
   * @param mergedAbove for a writer: whether it continues the cell above it (a vertical merge)
   */
  public record Cell(List<String> lines, Location where, int span, boolean mergedAbove) {
    /**
     * A cell as a reader sees it.
     *
     * @param lines its lines
     * @param where where it stands
     */
    public Cell(List<String> lines, Location where) {
      this(lines, where, 1, false);
    }

    /**
     * @return whether it holds no text
     */
    public boolean isEmpty() {
      return lines.stream().allMatch(String::isBlank);
    }
  }
}
