package io.github.kpi4j.cli;

import io.github.kpi4j.internal.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table for people: columns aligned by {@link DisplayWidth display width}, so that they hold with
 * Chinese text, and one column (the names) shortened with {@code …} so that a row fits the width
 * given. Colours are applied after padding, so escape sequences never count as width.
 */
final class TextTable {
  private static final String GAP = "  ";

  /** How a column aligns its cells. */
  enum Align {
    /** Text. */
    LEFT,
    /** Numbers. */
    RIGHT
  }

  /** A cell: its text and the colour to show it in, if any. */
  record Cell(String text, Style.Colour colour) {
    Cell {
      Objects.requireNonNull(text, "text");
    }

    /**
     * @param text the text
     * @return an uncoloured cell
     */
    static Cell of(String text) {
      return new Cell(text, null);
    }
  }

  private record Column(String header, Align align, boolean shrinks) {}

  private final List<Column> columns = new ArrayList<>();
  private final List<List<Cell>> rows = new ArrayList<>();

  /**
   * Adds a column that keeps its cells whole.
   *
   * @param header the heading
   * @param align the alignment
   * @return this table
   */
  TextTable column(String header, Align align) {
    columns.add(new Column(header, align, false));
    return this;
  }

  /**
   * Adds the column that is shortened when a row does not fit; at most one per table.
   *
   * @param header the heading
   * @return this table
   */
  TextTable shrinkingColumn(String header) {
    if (columns.stream().anyMatch(Column::shrinks)) {
      throw new IllegalStateException("a table has at most one shrinking column");
    }
    columns.add(new Column(header, Align.LEFT, true));
    return this;
  }

  /**
   * @param cells one cell per column
   * @return this table
   */
  TextTable row(Cell... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          "a row has " + columns.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /**
   * Lays the table out.
   *
   * @param maxWidth the columns a line may take; the shrinking column gives way down to {@code
   *     minShrunk} columns, past which lines are left longer
   * @param minShrunk the fewest columns the shrinking column keeps
   * @param style the colours
   * @return the heading line, a rule, then one line per row, without trailing spaces
   */
  List<String> render(int maxWidth, int minShrunk, Style style) {
    int n = columns.size();
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      widths[c] = DisplayWidth.of(columns.get(c).header());
      for (List<Cell> row : rows) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c).text()));
      }
    }
    int total = GAP.length() * (n - 1);
    for (int w : widths) {
      total += w;
    }
    for (int c = 0; c < n; c++) {
      if (columns.get(c).shrinks() && total > maxWidth) {
        int shrunk = Math.max(minShrunk, widths[c] - (total - maxWidth));
        widths[c] = Math.min(widths[c], shrunk);
      }
    }
    List<String> lines = new ArrayList<>();
    List<Cell> headings = new ArrayList<>();
    List<Cell> rule = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      headings.add(new Cell(columns.get(c).header(), Style.Colour.BOLD));
      rule.add(Cell.of("-".repeat(widths[c])));
    }
    lines.add(line(headings, widths, style));
    lines.add(line(rule, widths, style));
    for (List<Cell> row : rows) {
      lines.add(line(row, widths, style));
    }
    return lines;
  }

  private String line(List<Cell> cells, int[] widths, Style style) {
    StringBuilder out = new StringBuilder();
    int last = cells.size() - 1;
    for (int c = 0; c <= last; c++) {
      Column column = columns.get(c);
      String text = DisplayWidth.truncate(cells.get(c).text(), widths[c]);
      String padded =
          column.align() == Align.RIGHT
              ? DisplayWidth.padLeft(text, widths[c])
              : c == last ? text : DisplayWidth.padRight(text, widths[c]);
      Style.Colour colour = cells.get(c).colour();
      if (colour != null) {
        // Paint the text only, not its padding, so that a coloured cell looks like the others.
        int lead = column.align() == Align.RIGHT ? padded.length() - text.length() : 0;
        padded =
            padded.substring(0, lead)
                + style.paint(text, colour)
                + padded.substring(lead + text.length());
      }
      out.append(padded);
      if (c < last) {
        out.append(GAP);
      }
    }
    return stripTrailing(out.toString());
  }

  private static String stripTrailing(String line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(0, end);
  }
}
