package io.github.kpi4j.json.internal;

import io.github.kpi4j.internal.Locales;
import io.github.kpi4j.json.DocumentFormat;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.json.jackson.Kpi4jModule;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader and writer behind {@link KpiJson}: one mapper, configured once, with the limits and
 * the strictness that {@link KpiJson} documents. Public only for {@link KpiJson}'s factories.
 */
public final class DefaultKpiJson implements KpiJson {
  private static final JsonMapper MAPPER = mapper();

  /** Writes pretty-printed documents, reports in English. */
  public static final KpiJson PRETTY = new DefaultKpiJson(true, Locales.ENGLISH);

  /** Writes compact documents, reports in English. */
  public static final KpiJson COMPACT = new DefaultKpiJson(false, Locales.ENGLISH);

  private final DocumentReader reader;
  private final ObjectWriter writer;
  private final boolean prettyPrint;

  private DefaultKpiJson(boolean prettyPrint, Locale locale) {
    this.prettyPrint = prettyPrint;
    this.writer = prettyPrint ? MAPPER.writer().with(prettyPrinter()) : MAPPER.writer();
    this.reader = new DocumentReader(MAPPER, JsonMessages.in(locale));
  }

  /**
   * @param prettyPrint whether documents are written indented
   * @param locale the language of the problems of unreadable documents
   * @return the reader and writer
   */
  public static KpiJson of(boolean prettyPrint, Locale locale) {
    if (!Locales.isChinese(locale)) {
      // English is every other language: share the two instances that exist anyway.
      return prettyPrint ? PRETTY : COMPACT;
    }
    return new DefaultKpiJson(prettyPrint, locale);
  }

  private static JsonMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .build())
            .build();
    return JsonMapper.builder(factory)
        .addModule(new Kpi4jModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // The reader checks what follows the root itself, to say what it found there.
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Numbers as plans write them (100, not 1E+2): the model bounds their digits.
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /** Two spaces, one property or element per line, {@code "name": value}, {@code []} when empty. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  @Override
  public AnnualPlan readPlan(Path file) {
    String source = DocumentText.sourceOf(file);
    return reader.read(
        DocumentText.read(file, source, reader.messages()),
        source,
        DocumentFormat.PLAN,
        AnnualPlan.class);
  }

  @Override
  public AnnualPlan readPlan(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return reader.read(
        DocumentText.read(in, source, reader.messages()),
        source,
        DocumentFormat.PLAN,
        AnnualPlan.class);
  }

  @Override
  public AnnualPlan readPlan(String json) {
    Objects.requireNonNull(json, "json");
    return reader.read(json, STRING_SOURCE, DocumentFormat.PLAN, AnnualPlan.class);
  }

  @Override
  public PlanResults readResults(Path file) {
    String source = DocumentText.sourceOf(file);
    return reader.read(
        DocumentText.read(file, source, reader.messages()),
        source,
        DocumentFormat.RESULTS,
        PlanResults.class);
  }

  @Override
  public PlanResults readResults(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return reader.read(
        DocumentText.read(in, source, reader.messages()),
        source,
        DocumentFormat.RESULTS,
        PlanResults.class);
  }

  @Override
  public PlanResults readResults(String json) {
    Objects.requireNonNull(json, "json");
    return reader.read(json, STRING_SOURCE, DocumentFormat.RESULTS, PlanResults.class);
  }

  @Override
  public String write(AnnualPlan plan) {
    return text(Objects.requireNonNull(plan, "plan"));
  }

  @Override
  public void write(AnnualPlan plan, OutputStream out) {
    write((Object) Objects.requireNonNull(plan, "plan"), out);
  }

  @Override
  public void write(AnnualPlan plan, Path file) {
    write((Object) Objects.requireNonNull(plan, "plan"), file);
  }

  @Override
  public String write(PlanResults results) {
    return text(Objects.requireNonNull(results, "results"));
  }

  @Override
  public void write(PlanResults results, OutputStream out) {
    write((Object) Objects.requireNonNull(results, "results"), out);
  }

  @Override
  public void write(PlanResults results, Path file) {
    write((Object) Objects.requireNonNull(results, "results"), file);
  }

  private String text(Object document) {
    try {
      String json = writer.writeValueAsString(document);
      return prettyPrint ? json + "\n" : json;
    } catch (JacksonException e) {
      throw unwritable(e);
    }
  }

  private void write(Object document, OutputStream out) {
    Objects.requireNonNull(out, "out");
    // Text first: a model that cannot be written leaves the stream untouched.
    byte[] bytes = utf8(text(document));
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Object document, Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes = utf8(text(document));
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Strict UTF-8: text that is not Unicode (an unpaired surrogate) must not turn into "?". */
  private static byte[] utf8(String text) {
    try {
      ByteBuffer bytes =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "cannot write the document as UTF-8: it holds text that is not Unicode (an unpaired"
              + " surrogate)",
          e);
    }
  }

  private static RuntimeException unwritable(JacksonException e) {
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
      return new UncheckedIOException((IOException) e.getCause());
    }
    return new IllegalArgumentException("cannot write the document: " + e.getOriginalMessage(), e);
  }
}
