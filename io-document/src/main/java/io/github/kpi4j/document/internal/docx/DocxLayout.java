package io.github.kpi4j.document.internal.docx;

import io.github.kpi4j.document.Location;
import io.github.kpi4j.document.internal.Layout;
import io.github.kpi4j.document.internal.Zip;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Reads a {@code .docx} into a {@link Layout}, and writes a layout as a {@code .docx}. */
public final class DocxLayout {
  private static final String TITLE_STYLE = "Title";

  private DocxLayout() {}

  /**
   * @param document a {@code .docx}
   * @param maxInflated the most bytes its parts may inflate to
   * @return its layout
   * @throws Zip.Unreadable if it is not a readable {@code .docx}, or inflates beyond the limit
   */
  public static Layout read(byte[] document, long maxInflated) throws Zip.Unreadable {
    // Inflate once with a count before POI does, so that a zip bomb stops at the limit.
    Zip.read(document, Set.of(), maxInflated);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document))) {
      List<Layout.Block> blocks = new ArrayList<>();
      int paragraphs = 0;
      int tables = 0;
      for (IBodyElement element : docx.getBodyElements()) {
        if (element instanceof XWPFParagraph) {
          XWPFParagraph paragraph = (XWPFParagraph) element;
          paragraphs++;
          boolean title = TITLE_STYLE.equals(paragraph.getStyle());
          for (String line : paragraph.getText().split("\n")) {
            blocks.add(new Layout.Paragraph(line.strip(), title, Location.paragraph(paragraphs)));
          }
        } else if (element instanceof XWPFTable) {
          tables++;
          blocks.add(table((XWPFTable) element, tables));
        }
      }
      return new Layout(blocks, properties(docx));
    } catch (IOException | RuntimeException e) {
      // POI reports a malformed package through many runtime exceptions of its own.
      throw new Zip.Unreadable("not a readable .docx: " + e.getMessage(), e);
    }
  }

  private static Layout.Table table(XWPFTable table, int number) {
    List<Layout.Row> rows = new ArrayList<>();
    int r = 0;
    for (XWPFTableRow row : table.getRows()) {
      r++;
      List<Layout.Cell> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        int span =
            properties != null && properties.getGridSpan() != null
                ? properties.getGridSpan().getVal().intValue()
                : 1;
        boolean continued =
            properties != null
                && properties.getVMerge() != null
                && (properties.getVMerge().getVal() == null
                    || properties.getVMerge().getVal() == STMerge.CONTINUE);
        List<String> lines = new ArrayList<>();
        if (!continued) {
          for (XWPFParagraph paragraph : cell.getParagraphs()) {
            // POI gives a <w:br/> as \n: a line break inside the paragraph, kept as one.
            String line = Layout.paragraphLines(paragraph.getText());
            if (!line.isEmpty()) {
              lines.add(line);
            }
          }
        }
        cells.add(new Layout.Cell(lines, Location.cell(number, r, cells.size() + 1)));
        for (int s = 1; s < Math.min(span, 64); s++) {
          cells.add(new Layout.Cell(List.of(), Location.cell(number, r, cells.size() + 1)));
        }
      }
      rows.add(new Layout.Row(cells));
    }
    return new Layout.Table(rows);
  }

  private static Map<String, String> properties(XWPFDocument docx) {
    Map<String, String> properties = new LinkedHashMap<>();
    POIXMLProperties.CustomProperties custom = docx.getProperties().getCustomProperties();
    if (custom != null && custom.getUnderlyingProperties() != null) {
      for (CTProperty property : custom.getUnderlyingProperties().getPropertyList()) {
        if (property.getName() != null && property.isSetLpwstr()) {
          properties.put(property.getName(), property.getLpwstr());
        }
      }
    }
    return properties;
  }

  /**
   * @param layout a layout
   * @return it as a {@code .docx}
   */
  public static byte[] write(Layout layout) {
    try (XWPFDocument docx = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Layout.Block block : layout.blocks()) {
        if (block instanceof Layout.Paragraph) {
          Layout.Paragraph paragraph = (Layout.Paragraph) block;
          XWPFParagraph p = docx.createParagraph();
          List<XWPFRun> runs = runs(p, paragraph.text());
          if (paragraph.title()) {
            p.setStyle(TITLE_STYLE);
            for (XWPFRun run : runs) {
              run.setBold(true);
              run.setFontSize(16);
            }
          }
        } else {
          writeTable(docx, (Layout.Table) block);
        }
      }
      POIXMLProperties.CustomProperties custom = docx.getProperties().getCustomProperties();
      layout.properties().forEach(custom::addProperty);
      docx.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeTable(XWPFDocument docx, Layout.Table layoutTable) {
    List<Layout.Row> rows = layoutTable.rows();
    int columns = 0;
    for (Layout.Row row : rows) {
      columns = Math.max(columns, row.cells().stream().mapToInt(Layout.Cell::span).sum());
    }
    XWPFTable table = docx.createTable();
    table.removeRow(0);
    CTTblGrid grid =
        table.getCTTbl().getTblGrid() != null
            ? table.getCTTbl().getTblGrid()
            : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int c = 0; c < columns; c++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(9000 / Math.max(columns, 1)));
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.insertNewTableRow(r);
      int column = 0;
      for (Layout.Cell layoutCell : rows.get(r).cells()) {
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr properties =
            cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (layoutCell.span() > 1) {
          properties.addNewGridSpan().setVal(BigInteger.valueOf(layoutCell.span()));
        }
        if (layoutCell.mergedAbove()) {
          properties.addNewVMerge().setVal(STMerge.CONTINUE);
        } else if (r + 1 < rows.size() && mergedAt(rows.get(r + 1), column)) {
          properties.addNewVMerge().setVal(STMerge.RESTART);
        }
        List<String> lines = layoutCell.lines();
        for (int l = 0; l < lines.size(); l++) {
          XWPFParagraph paragraph = l == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
          runs(paragraph, lines.get(l));
        }
        column += layoutCell.span();
      }
    }
  }

  /**
   * Writes a text into a paragraph, a run a line: its line breaks ({@code \n}) as {@code <w:br/>},
   * not paragraphs, since a paragraph is also what documents break where a cell was narrow, and
   * only a {@code <w:br/>} reads back as a line of its own.
   */
  private static List<XWPFRun> runs(XWPFParagraph paragraph, String text) {
    List<XWPFRun> runs = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int l = 0; l < lines.length; l++) {
      XWPFRun run = paragraph.createRun();
      if (l > 0) {
        run.addBreak();
      }
      run.setText(lines[l]);
      runs.add(run);
    }
    return runs;
  }

  private static boolean mergedAt(Layout.Row row, int column) {
    int c = 0;
    for (Layout.Cell cell : row.cells()) {
      if (c == column) {
        return cell.mergedAbove();
      }
      c += cell.span();
    }
    return false;
  }
}
