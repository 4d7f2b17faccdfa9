package io.github.kpi4j.document.internal.odt;

import io.github.kpi4j.document.Location;
import io.github.kpi4j.document.internal.Layout;
import io.github.kpi4j.document.internal.Zip;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reads an {@code .odt} into a {@link Layout}, and writes a layout as an {@code .odt}: {@code
 * content.xml} and {@code meta.xml} with the JDK's StAX, no DTD and no external entity ever read.
 */
public final class OdtLayout {
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
  static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
  static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

  /** Repeated rows and cells beyond this many are not repeated: no document needs more. */
  private static final int MAX_REPEAT = 64;

  private static final String TITLE_STYLE = "Title";

  private OdtLayout() {}

  // ---------------------------------------------------------------- reading

  /**
   * @param document an {@code .odt}
   * @param maxInflated the most bytes its parts may inflate to
   * @return its layout
   * @throws Zip.Unreadable if it is not a readable {@code .odt}, or inflates beyond the limit
   */
  public static Layout read(byte[] document, long maxInflated) throws Zip.Unreadable {
    Map<String, byte[]> parts = Zip.read(document, Set.of("content.xml", "meta.xml"), maxInflated);
    byte[] content = parts.get("content.xml");
    if (content == null) {
      throw new Zip.Unreadable("not an .odt: no content.xml", null);
    }
    try {
      Map<String, String> properties =
          parts.containsKey("meta.xml") ? meta(parts.get("meta.xml")) : Map.of();
      return new Layout(new ContentReader(reader(content)).read(), properties);
    } catch (XMLStreamException | RuntimeException e) {
      throw new Zip.Unreadable("not a readable .odt: " + e.getMessage(), e);
    }
  }

  private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // No DTD, hence no entity expansion (billion laughs) and no external entity (XXE).
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    try {
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    } catch (IllegalArgumentException e) {
      // A StAX implementation without the JAXP 1.5 property: the DTD is off anyway.
    }
    return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
  }

  /** ODF never declares a DTD: one in a part is refused, its entities never read or expanded. */
  private static void refuseDtd(int event) throws XMLStreamException {
    if (event == XMLStreamConstants.DTD) {
      throw new XMLStreamException("the part declares a DTD, which ODF never does");
    }
  }

  private static Map<String, String> meta(byte[] xml) throws XMLStreamException {
    Map<String, String> properties = new LinkedHashMap<>();
    XMLStreamReader reader = reader(xml);
    while (reader.hasNext()) {
      int event = reader.next();
      refuseDtd(event);
      if (event == XMLStreamConstants.START_ELEMENT
          && META.equals(reader.getNamespaceURI())
          && "user-defined".equals(reader.getLocalName())) {
        String name = reader.getAttributeValue(META, "name");
        String value = reader.getElementText();
        if (name != null) {
          properties.put(name, value);
        }
      }
    }
    return properties;
  }

  /** Walks content.xml once. */
  private static final class ContentReader {
    private final XMLStreamReader xml;
    private final Map<String, String> parentStyles = new HashMap<>();
    private final List<Layout.Block> blocks = new ArrayList<>();
    private int paragraphs;
    private int tables;

    ContentReader(XMLStreamReader xml) {
      this.xml = xml;
    }

    List<Layout.Block> read() throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        refuseDtd(event);
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String ns = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (STYLE.equals(ns) && "style".equals(name)) {
          String style = xml.getAttributeValue(STYLE, "name");
          String parent = xml.getAttributeValue(STYLE, "parent-style-name");
          if (style != null && parent != null) {
            parentStyles.put(style, parent);
          }
        } else if (TEXT.equals(ns) && ("p".equals(name) || "h".equals(name))) {
          String style = xml.getAttributeValue(TEXT, "style-name");
          boolean title = TITLE_STYLE.equals(style) || TITLE_STYLE.equals(parentStyles.get(style));
          paragraphs++;
          for (String line : paragraphText().split("\n")) {
            blocks.add(new Layout.Paragraph(line.strip(), title, Location.paragraph(paragraphs)));
          }
        } else if (TABLE.equals(ns) && "table".equals(name)) {
          tables++;
          blocks.add(table(tables));
        }
      }
      return blocks;
    }

    /** The text of the paragraph whose start the reader is at; leaves it at its end. */
    private String paragraphText() throws XMLStreamException {
      StringBuilder text = new StringBuilder();
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (TEXT.equals(xml.getNamespaceURI())) {
            switch (xml.getLocalName()) {
              case "s":
                String count = xml.getAttributeValue(TEXT, "c");
                int c = count == null ? 1 : Math.min(Math.max(parse(count), 1), 1000);
                text.append(" ".repeat(c));
                break;
              case "tab":
                text.append('\t');
                break;
              case "line-break":
                text.append('\n');
                break;
              case "note":
                // A footnote is not part of the paragraph's own text.
                skip();
                depth--;
                break;
              default:
                break;
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.CHARACTERS
            || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          // ODF collapses white space in text: runs of it are one space.
          String chars = xml.getText().replaceAll("[ \\t\\r\\n]+", " ");
          if (chars.startsWith(" ")
              && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
            chars = chars.substring(1);
          }
          text.append(chars);
        }
      }
      return text.toString();
    }

    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    /** The table whose start the reader is at; leaves it at its end. */
    private Layout.Table table(int number) throws XMLStreamException {
      List<Layout.Row> rows = new ArrayList<>();
      List<Layout.Cell> row = null;
      List<String> cell = null;
      int rowRepeat = 1;
      int cellRepeat = 1;
      int cellSpan = 1;
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
          if (TABLE.equals(xml.getNamespaceURI()) && depth >= 1) {
            String name = xml.getLocalName();
            if (("table-cell".equals(name) || "covered-table-cell".equals(name)) && row != null) {
              for (int r = 0; r < cellRepeat; r++) {
                row.add(
                    new Layout.Cell(
                        List.copyOf(cell), Location.cell(number, rows.size() + 1, row.size() + 1)));
                for (int s = 1; s < cellSpan; s++) {
                  row.add(
                      new Layout.Cell(
                          List.of(), Location.cell(number, rows.size() + 1, row.size() + 1)));
                }
              }
              cell = null;
            } else if ("table-row".equals(name) && row != null) {
              for (int r = 0; r < rowRepeat; r++) {
                rows.add(new Layout.Row(List.copyOf(row)));
              }
              row = null;
            }
          }
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        depth++;
        String ns = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (TABLE.equals(ns) && "table-row".equals(name)) {
          row = new ArrayList<>();
          rowRepeat = repeat(xml.getAttributeValue(TABLE, "number-rows-repeated"));
        } else if (TABLE.equals(ns)
            && ("table-cell".equals(name) || "covered-table-cell".equals(name))
            && cell == null) {
          cell = new ArrayList<>();
          cellRepeat = repeat(xml.getAttributeValue(TABLE, "number-columns-repeated"));
          cellSpan = repeat(xml.getAttributeValue(TABLE, "number-columns-spanned"));
        } else if (TEXT.equals(ns) && ("p".equals(name) || "h".equals(name))) {
          String text = paragraphText();
          depth--;
          if (cell != null) {
            // A <text:line-break/> is a line break inside the paragraph, kept as one.
            String line = Layout.paragraphLines(text);
            if (!line.isEmpty()) {
              cell.add(line);
            }
          }
        }
      }
      return new Layout.Table(rows);
    }

    private static int repeat(String value) {
      return value == null ? 1 : Math.min(Math.max(parse(value), 1), MAX_REPEAT);
    }

    private static int parse(String number) {
      try {
        return Integer.parseInt(number.strip());
      } catch (NumberFormatException e) {
        return 1;
      }
    }
  }

  // ---------------------------------------------------------------- writing

  /**
   * @param layout a layout
   * @return it as an {@code .odt}
   */
  public static byte[] write(Layout layout) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      // The ODF package: "mimetype" first and stored, so that the kind shows at a fixed offset.
      byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = entry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      put(zip, "content.xml", content(layout));
      put(zip, "styles.xml", styles());
      put(zip, "meta.xml", meta(layout.properties()));
      put(zip, "META-INF/manifest.xml", manifest());
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write an .odt", e);
    }
  }

  private static ZipEntry entry(String name) {
    ZipEntry entry = new ZipEntry(name);
    // A fixed time: the same plan renders to the same bytes.
    entry.setTime(1_767_225_600_000L);
    return entry;
  }

  private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
    zip.putNextEntry(entry(name));
    zip.write(data);
    zip.closeEntry();
  }

  private interface XmlBody {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static byte[] xml(XmlBody body) throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLOutputFactory factory = XMLOutputFactory.newFactory();
    factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
    XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
    xml.setPrefix("office", OFFICE);
    xml.setPrefix("text", TEXT);
    xml.setPrefix("table", TABLE);
    xml.setPrefix("style", STYLE);
    xml.setPrefix("fo", FO);
    xml.setPrefix("meta", META);
    xml.setPrefix("manifest", MANIFEST);
    xml.writeStartDocument("UTF-8", "1.0");
    body.write(xml);
    xml.writeEndDocument();
    xml.close();
    return out.toByteArray();
  }

  private static byte[] content(Layout layout) throws XMLStreamException {
    return xml(
        xml -> {
          xml.writeStartElement(OFFICE, "document-content");
          xml.writeNamespace("office", OFFICE);
          xml.writeNamespace("text", TEXT);
          xml.writeNamespace("table", TABLE);
          xml.writeNamespace("style", STYLE);
          xml.writeNamespace("fo", FO);
          xml.writeAttribute(OFFICE, "version", "1.3");
          xml.writeStartElement(OFFICE, "automatic-styles");
          xml.writeStartElement(STYLE, "style");
          xml.writeAttribute(STYLE, "name", "Cell");
          xml.writeAttribute(STYLE, "family", "table-cell");
          xml.writeEmptyElement(STYLE, "table-cell-properties");
          xml.writeAttribute(FO, "border", "0.5pt solid #000000");
          xml.writeAttribute(FO, "padding", "0.05cm");
          xml.writeEndElement();
          xml.writeEndElement();
          xml.writeStartElement(OFFICE, "body");
          xml.writeStartElement(OFFICE, "text");
          int tables = 0;
          for (Layout.Block block : layout.blocks()) {
            if (block instanceof Layout.Paragraph) {
              Layout.Paragraph paragraph = (Layout.Paragraph) block;
              paragraph(xml, paragraph.text(), paragraph.title() ? TITLE_STYLE : null);
            } else {
              table(xml, (Layout.Table) block, ++tables);
            }
          }
          xml.writeEndElement();
          xml.writeEndElement();
          xml.writeEndElement();
        });
  }

  private static void paragraph(XMLStreamWriter xml, String text, String style)
      throws XMLStreamException {
    xml.writeStartElement(TEXT, "p");
    if (style != null) {
      xml.writeAttribute(TEXT, "style-name", style);
    }
    // ODF collapses white space: a run of spaces is one space and text:s for the rest.
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\t') {
        xml.writeEmptyElement(TEXT, "tab");
        i++;
      } else if (c == '\n') {
        // A value's own line break, not a paragraph: documents also break paragraphs where a cell
        // was narrow, so only a line break reads back as a line of its own.
        xml.writeEmptyElement(TEXT, "line-break");
        i++;
      } else if (c == ' ') {
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') {
          j++;
        }
        boolean lead = i == 0 || text.charAt(i - 1) == '\n';
        if (!lead) {
          xml.writeCharacters(" ");
        }
        int rest = lead ? j - i : j - i - 1;
        if (rest > 0) {
          xml.writeEmptyElement(TEXT, "s");
          xml.writeAttribute(TEXT, "c", Integer.toString(rest));
        }
        i = j;
      } else {
        int j = i;
        while (j < text.length()
            && text.charAt(j) != ' '
            && text.charAt(j) != '\t'
            && text.charAt(j) != '\n') {
          j++;
        }
        xml.writeCharacters(text.substring(i, j));
        i = j;
      }
    }
    xml.writeEndElement();
  }

  private static void table(XMLStreamWriter xml, Layout.Table table, int number)
      throws XMLStreamException {
    List<Layout.Row> rows = table.rows();
    int columns = 0;
    for (Layout.Row row : rows) {
      columns = Math.max(columns, row.cells().stream().mapToInt(Layout.Cell::span).sum());
    }
    xml.writeStartElement(TABLE, "table");
    xml.writeAttribute(TABLE, "name", "Table" + number);
    xml.writeEmptyElement(TABLE, "table-column");
    xml.writeAttribute(TABLE, "number-columns-repeated", Integer.toString(Math.max(columns, 1)));
    for (int r = 0; r < rows.size(); r++) {
      xml.writeStartElement(TABLE, "table-row");
      int column = 0;
      for (Layout.Cell cell : rows.get(r).cells()) {
        if (cell.mergedAbove()) {
          for (int s = 0; s < cell.span(); s++) {
            xml.writeEmptyElement(TABLE, "covered-table-cell");
          }
          column += cell.span();
          continue;
        }
        xml.writeStartElement(TABLE, "table-cell");
        xml.writeAttribute(TABLE, "style-name", "Cell");
        xml.writeAttribute(OFFICE, "value-type", "string");
        if (cell.span() > 1) {
          xml.writeAttribute(TABLE, "number-columns-spanned", Integer.toString(cell.span()));
        }
        int down = 1;
        while (r + down < rows.size() && mergedAt(rows.get(r + down), column)) {
          down++;
        }
        if (down > 1) {
          xml.writeAttribute(TABLE, "number-rows-spanned", Integer.toString(down));
        }
        if (cell.lines().isEmpty()) {
          xml.writeEmptyElement(TEXT, "p");
        }
        for (String line : cell.lines()) {
          paragraph(xml, line, null);
        }
        xml.writeEndElement();
        for (int s = 1; s < cell.span(); s++) {
          xml.writeEmptyElement(TABLE, "covered-table-cell");
        }
        column += cell.span();
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
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

  private static byte[] styles() throws XMLStreamException {
    return xml(
        xml -> {
          xml.writeStartElement(OFFICE, "document-styles");
          xml.writeNamespace("office", OFFICE);
          xml.writeNamespace("style", STYLE);
          xml.writeNamespace("fo", FO);
          xml.writeAttribute(OFFICE, "version", "1.3");
          xml.writeStartElement(OFFICE, "styles");
          xml.writeStartElement(STYLE, "style");
          xml.writeAttribute(STYLE, "name", TITLE_STYLE);
          xml.writeAttribute(STYLE, "family", "paragraph");
          xml.writeEmptyElement(STYLE, "text-properties");
          xml.writeAttribute(FO, "font-size", "16pt");
          xml.writeAttribute(FO, "font-weight", "bold");
          xml.writeEndElement();
          xml.writeEndElement();
          xml.writeEndElement();
        });
  }

  private static byte[] meta(Map<String, String> properties) throws XMLStreamException {
    return xml(
        xml -> {
          xml.writeStartElement(OFFICE, "document-meta");
          xml.writeNamespace("office", OFFICE);
          xml.writeNamespace("meta", META);
          xml.writeAttribute(OFFICE, "version", "1.3");
          xml.writeStartElement(OFFICE, "meta");
          xml.writeStartElement(META, "generator");
          xml.writeCharacters("kpi4j");
          xml.writeEndElement();
          for (Map.Entry<String, String> property : properties.entrySet()) {
            xml.writeStartElement(META, "user-defined");
            xml.writeAttribute(META, "name", property.getKey());
            xml.writeCharacters(property.getValue());
            xml.writeEndElement();
          }
          xml.writeEndElement();
          xml.writeEndElement();
        });
  }

  private static byte[] manifest() throws XMLStreamException {
    return xml(
        xml -> {
          xml.writeStartElement(MANIFEST, "manifest");
          xml.writeNamespace("manifest", MANIFEST);
          xml.writeAttribute(MANIFEST, "version", "1.3");
          fileEntry(xml, "/", MIMETYPE);
          fileEntry(xml, "content.xml", "text/xml");
          fileEntry(xml, "styles.xml", "text/xml");
          fileEntry(xml, "meta.xml", "text/xml");
          xml.writeEndElement();
        });
  }

  private static void fileEntry(XMLStreamWriter xml, String path, String type)
      throws XMLStreamException {
    xml.writeEmptyElement(MANIFEST, "file-entry");
    xml.writeAttribute(MANIFEST, "full-path", path);
    xml.writeAttribute(MANIFEST, "media-type", type);
    if ("/".equals(path)) {
      xml.writeAttribute(MANIFEST, "version", "1.3");
    }
  }
}
