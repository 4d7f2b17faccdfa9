package io.github.kpi4j.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it: fields separated by commas, records ended by CRLF, a field
 * quoted when it holds a comma, a quote, a line break or leading or trailing spaces, quotes inside
 * doubled.
 *
 * <p>A field that a spreadsheet would take for a formula (it begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, and is not a number) is written with an
 * apostrophe in front, which spreadsheets show as text and do not evaluate: a plan's text must not
 * run as a formula in the file of whoever opens the export.
 */
final class Csv {
  /** The byte order mark: Excel reads UTF-8 CSV as the local code page without it. */
  static final char BOM = '\uFEFF';

  private final PrintWriter out;

  /**
   * @param out where records go
   */
  Csv(PrintWriter out) {
    this.out = out;
  }

  /**
   * Writes one record.
   *
   * @param fields its fields; {@code null} is an empty field
   */
  void record(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields.get(i)));
    }
    out.print(line.append("\r\n"));
  }

  /**
   * @param value a field's value, or {@code null}
   * @return the field as written: quoted where RFC 4180 requires it
   */
  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    if (startsAFormula(value)) {
      value = "'" + value;
    }
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || Character.isWhitespace(value.charAt(0))
            || Character.isWhitespace(value.charAt(value.length() - 1));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  /**
   * @param value a field's value
   * @return whether a spreadsheet would evaluate it as a formula
   */
  static boolean startsAFormula(String value) {
    char first = value.charAt(0);
    return (first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r')
        && !NUMBER.matcher(value).matches();
  }
}
