package io.github.kpi4j.document;

import io.github.kpi4j.internal.Assert;
import java.util.Objects;

/**
 * Where a finding stands in the source document: a line and column of a text, a table, row and cell
 * of a document's table, or a paragraph of a document. Numbers are 1-based; tables and paragraphs
 * are counted in document order, rows and cells within their table (a cell a merged cell covers is
 * counted too).
 */
public final class Location {
  private static final Location DOCUMENT = new Location(0, 0, 0, 0, 0, 0);

  private final int line;
  private final int column;
  private final int table;
  private final int row;
  private final int cell;
  private final int paragraph;

  private Location(int line, int column, int table, int row, int cell, int paragraph) {
    this.line = line;
    this.column = column;
    this.table = table;
    this.row = row;
    this.cell = cell;
    this.paragraph = paragraph;
  }

  /**
   * @return the document as a whole, where nothing more precise can be said
   */
  public static Location document() {
    return DOCUMENT;
  }

  /**
   * @param line the 1-based line of a text
   * @param column the 1-based column, counted in code points
   * @return that place
   * @throws IllegalArgumentException if either is less than 1
   */
  public static Location line(int line, int column) {
    positive(line, "line");
    positive(column, "column");
    return new Location(line, column, 0, 0, 0, 0);
  }

  /**
   * @param table the 1-based table of the document
   * @param row the 1-based row of that table
   * @param cell the 1-based cell of that row
   * @return that place
   * @throws IllegalArgumentException if any is less than 1
   */
  public static Location cell(int table, int row, int cell) {
    positive(table, "table");
    positive(row, "row");
    positive(cell, "cell");
    return new Location(0, 0, table, row, cell, 0);
  }

  /**
   * @param paragraph the 1-based paragraph of the document, outside its tables
   * @return that place
   * @throws IllegalArgumentException if it is less than 1
   */
  public static Location paragraph(int paragraph) {
    positive(paragraph, "paragraph");
    return new Location(0, 0, 0, 0, 0, paragraph);
  }

  private static void positive(int value, String what) {
    Assert.isTrue(value >= 1, "a %s is counted from 1, got %d", what, value);
  }

  /**
   * @return the line of a text, or 0 for a place in a document
   */
  public int line() {
    return line;
  }

  /**
   * @return the column of a text, or 0
   */
  public int column() {
    return column;
  }

  /**
   * @return the table, or 0 for a place outside the tables
   */
  public int table() {
    return table;
  }

  /**
   * @return the row of the table, or 0
   */
  public int row() {
    return row;
  }

  /**
   * @return the cell of the row, or 0
   */
  public int cell() {
    return cell;
  }

  /**
   * @return the paragraph, or 0
   */
  public int paragraph() {
    return paragraph;
  }

  /**
   * @return {@code 12:5} for a text, {@code table 2 row 3 cell 4} or {@code paragraph 7} for a
   *     document, {@code document} where nothing more precise is known
   */
  @Override
  public String toString() {
    if (line > 0) {
      return line + ":" + column;
    }
    if (table > 0) {
      return "table " + table + " row " + row + " cell " + cell;
    }
    if (paragraph > 0) {
      return "paragraph " + paragraph;
    }
    return "document";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Location && other.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, column, table, row, cell, paragraph);
  }
}
