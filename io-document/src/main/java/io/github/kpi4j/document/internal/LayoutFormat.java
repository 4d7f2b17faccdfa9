package io.github.kpi4j.document.internal;

import io.github.kpi4j.document.DocumentKind;
import io.github.kpi4j.document.internal.docx.DocxLayout;
import io.github.kpi4j.document.internal.odt.OdtLayout;
import io.github.kpi4j.document.internal.text.TextLayoutReader;
import io.github.kpi4j.document.internal.text.TextLayoutWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of document as the module sees it: a reader that turns the document into a {@link
 * Layout}, and a writer that prints a layout, where the kind can be written. Everything above the
 * layout ({@link PlanReader}, {@link PlanLayout}) is the same for every kind, so a new kind — a PDF
 * reader — is one more constant here and a package that makes a layout; {@link
 * DefaultPlanDocuments} needs no change.
 */
enum LayoutFormat {
  /** {@code .docx}, through Apache POI. */
  DOCX(DocumentKind.DOCX, DocxLayout::read, DocxLayout::write),
  /** {@code .odt}, through the JDK's zip and StAX. */
  ODT(DocumentKind.ODT, OdtLayout::read, OdtLayout::write),
  /** The plain-text copy of a document, UTF-8. */
  TEXT(
      DocumentKind.TEXT,
      (document, maxInflated) ->
          TextLayoutReader.read(new String(document, StandardCharsets.UTF_8)),
      layout -> TextLayoutWriter.write(layout).getBytes(StandardCharsets.UTF_8));

  /** Turns a document of one kind into its layout. */
  @FunctionalInterface
  interface Reader {
    Layout read(byte[] document, long maxInflated) throws Zip.Unreadable;
  }

  private final DocumentKind kind;
  private final Reader reader;

  /** Null for a kind that is read only, as a PDF would be. */
  private final Function<Layout, byte[]> writer;

  LayoutFormat(DocumentKind kind, Reader reader, Function<Layout, byte[]> writer) {
    this.kind = kind;
    this.reader = reader;
    this.writer = writer;
  }

  /**
   * @param document the whole document, of this format's kind
   * @param maxInflated the most bytes the parts of an archive may inflate to
   * @return its layout
   * @throws Zip.Unreadable if it is not readable as this kind, or inflates beyond the limit
   */
  Layout read(byte[] document, long maxInflated) throws Zip.Unreadable {
    return reader.read(document, maxInflated);
  }

  /**
   * @param layout a layout
   * @return the document, or empty for a kind that is read only (as a PDF reader would be)
   */
  Optional<byte[]> write(Layout layout) {
    return Optional.ofNullable(writer).map(w -> w.apply(layout));
  }

  /**
   * @param kind a kind of document
   * @return its format
   */
  static LayoutFormat of(DocumentKind kind) {
    for (LayoutFormat format : values()) {
      if (format.kind == kind) {
        return format;
      }
    }
    throw new IllegalArgumentException("no format for " + kind);
  }
}
