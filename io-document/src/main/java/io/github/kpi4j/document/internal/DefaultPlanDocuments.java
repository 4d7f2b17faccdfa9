package io.github.kpi4j.document.internal;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.document.DocumentKind;
import io.github.kpi4j.document.PlanDocuments;
import io.github.kpi4j.document.PlanImport;
import io.github.kpi4j.model.AnnualPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The implementation of {@link PlanDocuments}: finds the layout of a document, then reads it. */
public final class DefaultPlanDocuments implements PlanDocuments {
  private final Optional<String> agencyCode;
  private final Locale locale;
  private final long maxBytes;

  /**
   * @param agencyCode the agency code given by the user, if any
   * @param locale the language of the findings
   * @param maxBytes the largest document accepted
   */
  public DefaultPlanDocuments(Optional<String> agencyCode, Locale locale, long maxBytes) {
    this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.maxBytes = maxBytes;
  }

  @Override
  public PlanImport read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    long total = 0;
    try {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        total += n;
        if (total > maxBytes) {
          throw unreadable(source, new Report(locale).message("too-large", maxBytes), null);
        }
        buffer.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw unreadable(
          source, new Report(locale).message("unreadable", String.valueOf(e.getMessage())), e);
    }
    return read(buffer.toByteArray(), source);
  }

  @Override
  public PlanImport read(byte[] document, String source) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(source, "source");
    Report words = new Report(locale);
    if (document.length > maxBytes) {
      throw unreadable(source, words.message("too-large", maxBytes), null);
    }
    DocumentKind kind =
        DocumentKind.detect(document)
            .orElseThrow(() -> unreadable(source, words.message("unknown-kind"), null));
    Layout layout;
    try {
      layout = LayoutFormat.of(kind).read(document, maxBytes * 10);
    } catch (Zip.Unreadable e) {
      throw unreadable(source, words.message("unreadable", e.getMessage()), e);
    }
    return new PlanReader(source, kind, agencyCode, locale).read(layout);
  }

  @Override
  public void write(AnnualPlan plan, DocumentKind kind, OutputStream out) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(out, "out");
    try {
      out.write(write(plan, kind));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public byte[] write(AnnualPlan plan, DocumentKind kind) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(kind, "kind");
    return LayoutFormat.of(kind)
        .write(PlanLayout.of(plan))
        .orElseThrow(() -> new IllegalArgumentException("kpi4j does not write " + kind));
  }

  private static DocumentException unreadable(String source, String problem, Throwable cause) {
    return new DocumentException(source, 0, 0, "", problem, cause);
  }
}
