package io.github.kpi4j.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code --format}. */
enum OutputFormat {
  /** For people: aligned tables, colours on a terminal, messages in the chosen language. */
  TEXT("text"),
  /** For programs: one JSON object, in the shapes the CLI documents. */
  JSON("json");

  private final String name;

  OutputFormat(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Reads {@code text} or {@code json}, in any case. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat format : values()) {
        if (format.name.equalsIgnoreCase(value.strip())) {
          return format;
        }
      }
      throw new TypeConversionException("expected text or json, got '" + value + "'");
    }
  }
}
