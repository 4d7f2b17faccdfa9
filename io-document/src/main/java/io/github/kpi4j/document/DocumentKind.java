package io.github.kpi4j.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The kinds of plan document kpi4j reads, and writes. */
public enum DocumentKind {
  /** Office Open XML, as Microsoft Word writes it ({@code .docx}). */
  DOCX("docx"),
  /** OpenDocument Text ({@code .odt}), the Taiwanese government's standard document format. */
  ODT("odt"),
  /**
   * The plain-text copy of a document, UTF-8: table cells each on a line of their own that starts
   * with a tab, a cell's further lines without one, a blank line after each row.
   */
  TEXT("txt");

  private final String extension;

  DocumentKind(String extension) {
    this.extension = extension;
  }

  /**
   * @return the usual file name extension, without the dot: {@code docx}, {@code odt}, {@code txt}
   */
  public String extension() {
    return extension;
  }

  /**
   * Parses a kind as a user names it ({@code docx}, {@code odt}, {@code txt} or {@code text}, in
   * any case).
   *
   * @param name the name
   * @return the kind, or empty if the name is none of these
   */
  public static Optional<DocumentKind> fromName(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    for (DocumentKind kind : values()) {
      if (kind.extension.equals(lower) || kind.name().toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells the kind of a document from its content, never from its name: a zip archive whose {@code
   * mimetype} is OpenDocument text is {@link #ODT}, a zip archive with a {@code word/document.xml}
   * part is {@link #DOCX}, well-formed UTF-8 without control characters other than tab and line
   * ends is {@link #TEXT}.
   *
   * @param document the whole document
   * @return its kind, or empty if it is none of these
   */
  public static Optional<DocumentKind> detect(byte[] document) {
    if (document.length >= 4
        && document[0] == 'P'
        && document[1] == 'K'
        && document[2] == 3
        && document[3] == 4) {
      // The ODF specification puts an uncompressed "mimetype" entry first; a docx has none.
      String head =
          new String(document, 0, Math.min(document.length, 200), StandardCharsets.ISO_8859_1);
      if (head.contains("mimetypeapplication/vnd.oasis.opendocument.text")) {
        return Optional.of(ODT);
      }
      return io.github.kpi4j.document.internal.Zip.hasEntry(document, "word/document.xml")
          ? Optional.of(DOCX)
          : io.github.kpi4j.document.internal.Zip.hasEntry(document, "content.xml")
              ? Optional.of(ODT)
              : Optional.empty();
    }
    return io.github.kpi4j.document.internal.Texts.isPlainText(document)
        ? Optional.of(TEXT)
        : Optional.empty();
  }
}
