package io.github.kpi4j.document.internal.text;

import io.github.kpi4j.document.internal.Layout;

/**
 * Writes a {@link Layout} as the plain-text copy of a document, in the layout {@link
 * TextLayoutReader} reads first: each cell on a line that starts with a tab, a blank line after
 * each row. A text has no properties: what the printed layout has no place for is lost.
 */
public final class TextLayoutWriter {
  private TextLayoutWriter() {}

  /**
   * @param layout a layout
   * @return the text
   */
  public static String write(Layout layout) {
    StringBuilder out = new StringBuilder();
    for (Layout.Block block : layout.blocks()) {
      if (block instanceof Layout.Paragraph) {
        out.append(((Layout.Paragraph) block).text()).append('\n');
        continue;
      }
      for (Layout.Row row : ((Layout.Table) block).rows()) {
        for (Layout.Cell cell : row.cells()) {
          out.append('\t').append(String.join("\n", cell.lines())).append('\n');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
