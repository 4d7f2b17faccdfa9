package io.github.kpi4j.document;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.model.AnnualPlan;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads plans as agencies publish them and writes the layout agencies print.
 *
 * <pre>{@code
 * PlanDocuments documents = PlanDocuments.create();
 * PlanImport imported = documents.read(in, "mac-107.odt");
 * imported.findings().forEach(f -> System.err.println(f.location() + ": " + f.message()));
 * documents.write(imported.plan(), DocumentKind.DOCX, out);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public interface PlanDocuments {
  /**
   * @return documents read and written with the defaults: English findings, agencies known from
   *     {@link Agencies}
   */
  static PlanDocuments create() {
    return builder().build();
  }

  /**
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a plan document, telling its kind from its content.
   *
   * @param in the document; read to its end, not closed
   * @param source the document's name as the user knows it, for messages
   * @return the plan and the findings
   * @throws DocumentException if the document cannot be read (not a docx, odt or UTF-8 text; too
   *     large, or a zip bomb; malformed XML), or is not a plan (no part of a plan found, or no
   *     agency and year named, and none given)
   */
  PlanImport read(InputStream in, String source);

  /**
   * Reads a plan document held in memory.
   *
   * @param document the document
   * @param source the document's name as the user knows it, for messages
   * @return the plan and the findings
   * @throws DocumentException as {@link #read(InputStream, String)}
   */
  PlanImport read(byte[] document, String source);

  /**
   * Writes a plan in the layout agencies print: the title and preamble, 壹 the goals and strategies,
   * 貳 the KPI table and the note on the evaluation-system codes, 參 the table of important
   * programmes. What the printed layout has no place for (the agency's code and English name, a
   * KPI's formula and direction) is kept in the document's properties, so that reading the document
   * back gives the same plan.
   *
   * @param plan the plan
   * @param kind the kind of document to write
   * @param out where to write it; not closed
   * @throws java.io.UncheckedIOException if writing to {@code out} fails
   */
  void write(AnnualPlan plan, DocumentKind kind, OutputStream out);

  /**
   * @param plan the plan
   * @param kind the kind of document to write
   * @return the document, as {@link #write(AnnualPlan, DocumentKind, OutputStream)} writes it
   */
  byte[] write(AnnualPlan plan, DocumentKind kind);

  /** Builds {@link PlanDocuments}. */
  final class Builder {
    private String agencyCode;
    private Locale locale = Locale.ENGLISH;
    private long maxDocumentBytes = 64L << 20;

    Builder() {}

    /**
     * Names the agency of the documents to be read, by its code: needed only for an agency that
     * {@link Agencies} does not know, or for a document that names no agency.
     *
     * @param code a short stable code, such as {@code MAC}
     * @return this builder
     */
    public Builder agencyCode(String code) {
      this.agencyCode = Assert.notNull(code, "code").strip();
      Assert.isTrue(!agencyCode.isEmpty(), "an agency code is not blank");
      return this;
    }

    /**
     * @param locale the language of the findings' messages: English, or Traditional Chinese for
     *     {@code zh-TW}
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Assert.notNull(locale, "locale");
      return this;
    }

    /**
     * Limits what a document may take: its size as read, and the size of the parts of a zip archive
     * once inflated (ten times as much), so that a hostile document costs bounded memory.
     *
     * @param bytes the largest document accepted, 64 MiB by default
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder maxDocumentBytes(long bytes) {
      Assert.isTrue(bytes >= 1, "a size limit is at least 1, got %d", bytes);
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * @return the documents
     */
    public PlanDocuments build() {
      return new io.github.kpi4j.document.internal.DefaultPlanDocuments(
          Optional.ofNullable(agencyCode), locale, maxDocumentBytes);
    }
  }
}
