package io.github.kpi4j.document.internal.text;

import io.github.kpi4j.document.Location;
import io.github.kpi4j.document.internal.Layout;
import io.github.kpi4j.document.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the plain-text copy of a plan document into a {@link Layout}. Two table layouts are read:
 *
 * <ul>
 *   <li>the layout of a document saved as text (the MAC 107 seed): each cell on a line of its own
 *       that starts with a tab, the cell's further lines without one, a blank line after each row;
 *   <li>the layout of a PDF extraction (the MOFA 107 seed): one row per line, its cells separated
 *       by tabs.
 * </ul>
 *
 * <p>Every other line is a paragraph. A space between two characters that are not ASCII letters or
 * digits is where an extraction wrapped a line, and is dropped ({@link Texts#dropWrapSpaces}).
 */
public final class TextLayoutReader {
  private TextLayoutReader() {}

  /**
   * @param text the document
   * @return its layout
   */
  public static Layout read(String text) {
    List<Layout.Block> blocks = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    List<Layout.Row> cellTable = null;
    List<Layout.Cell> row = null;
    List<String> cellLines = null;
    Location cellWhere = null;
    List<Layout.Row> lineTable = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      boolean cellLine = line.startsWith("\t") && line.indexOf('\t', 1) < 0;
      boolean rowLine = !cellLine && line.indexOf('\t') >= 0 && !line.isBlank();
      if (cellLine) {
        if (lineTable != null) {
          blocks.add(new Layout.Table(lineTable));
          lineTable = null;
        }
        if (cellTable == null) {
          cellTable = new ArrayList<>();
        }
        if (row == null) {
          row = new ArrayList<>();
        } else {
          row.add(new Layout.Cell(List.copyOf(cellLines), cellWhere));
        }
        cellLines = new ArrayList<>();
        cellWhere = Location.line(number, 2);
        addLine(cellLines, line.substring(1));
        continue;
      }
      if (row != null && !line.isBlank()) {
        // A further line of the cell above.
        addLine(cellLines, line);
        continue;
      }
      if (row != null) {
        row.add(new Layout.Cell(List.copyOf(cellLines), cellWhere));
        cellTable.add(new Layout.Row(List.copyOf(row)));
        row = null;
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (cellTable != null) {
        blocks.add(new Layout.Table(cellTable));
        cellTable = null;
      }
      if (rowLine) {
        if (lineTable == null) {
          lineTable = new ArrayList<>();
        }
        List<Layout.Cell> cells = new ArrayList<>();
        int column = 1;
        for (String cell : line.split("\t", -1)) {
          List<String> parts = new ArrayList<>();
          addLine(parts, cell);
          cells.add(new Layout.Cell(parts, Location.line(number, column)));
          column += cell.codePointCount(0, cell.length()) + 1;
        }
        lineTable.add(new Layout.Row(cells));
        continue;
      }
      if (lineTable != null) {
        blocks.add(new Layout.Table(lineTable));
        lineTable = null;
      }
      blocks.add(new Layout.Paragraph(Texts.dropWrapSpaces(line), false, Location.line(number, 1)));
    }
    if (row != null) {
      row.add(new Layout.Cell(List.copyOf(cellLines), cellWhere));
      cellTable.add(new Layout.Row(List.copyOf(row)));
    }
    if (cellTable != null) {
      blocks.add(new Layout.Table(cellTable));
    }
    if (lineTable != null) {
      blocks.add(new Layout.Table(lineTable));
    }
    return new Layout(blocks, Map.of());
  }

  private static void addLine(List<String> lines, String line) {
    String text = Texts.dropWrapSpaces(line);
    if (!text.isEmpty()) {
      lines.add(text);
    }
  }
}
