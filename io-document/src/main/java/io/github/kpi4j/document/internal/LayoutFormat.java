package io.github.kpi4j.document.internal;

import io.github.kpi4j.document.DocumentKind;
import io.github.kpi4j.document.internal.docx.DocxLayout;
import io.github.kpi4j.document.internal.odt.OdtLayout;
import io.github.kpi4j.document.internal.text.TextLayoutReader;
import io.github.kpi4j.document.internal.text.TextLayoutWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One kind of document as the module sees it: a reader that turns the document into a {@link
 * Layout}, and a writer that prints a layout, where the kind can be written. Everything above the
 * layout ({@link PlanReader}, {@link PlanLayout}) is the same for every kind, so a new kind — a PDF
 * reader — is one more constant here and a package that makes a layout; {@link
 * DefaultPlanDocuments} needs no change.
 */
enum LayoutFormat {
  /** {@code .docx}, through Apache POI. */
  DOCX(DocumentKind.DOCX) {
    @Override
    Layout read(byte[] document, long maxInflated) throws Zip.Unreadable {
      return DocxLayout.read(document, maxInflated);
    }

    @Override
    Optional<byte[]> write(Layout layout) {
      return Optional.of(DocxLayout.write(layout));
    }
  },
  /** {@code .odt}, through the JDK's zip and StAX. */
  ODT(DocumentKind.ODT) {
    @Override
    Layout read(byte[] document, long maxInflated) throws Zip.Unreadable {
      return OdtLayout.read(document, maxInflated);
    }

    @Override
    Optional<byte[]> write(Layout layout) {
      return Optional.of(OdtLayout.write(layout));
    }
  },
  /** The plain-text copy of a document, UTF-8. */
  TEXT(DocumentKind.TEXT) {
    @Override
    Layout read(byte[] document, long maxInflated) {
      return TextLayoutReader.read(new String(document, StandardCharsets.UTF_8));
    }

    @Override
    Optional<byte[]> write(Layout layout) {
      return Optional.of(TextLayoutWriter.write(layout).getBytes(StandardCharsets.UTF_8));
    }
  };

  private final DocumentKind kind;

  LayoutFormat(DocumentKind kind) {
    this.kind = kind;
  }

  /**
   * @param document the whole document, of this format's kind
   * @param maxInflated the most bytes the parts of an archive may inflate to
   * @return its layout
   * @throws Zip.Unreadable if it is not readable as this kind, or inflates beyond the limit
   */
  abstract Layout read(byte[] document, long maxInflated) throws Zip.Unreadable;

  /**
   * @param layout a layout
   * @return the document, or empty for a kind that is read only (as a PDF reader would be)
   */
  abstract Optional<byte[]> write(Layout layout);

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
