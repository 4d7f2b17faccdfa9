package io.github.kpi4j.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** When text output is coloured: {@code --color auto|always|never}. */
enum ColorMode {
  /** On a terminal, unless the {@code NO_COLOR} environment variable is set or TERM is dumb. */
  AUTO("auto"),
  /** Always, even when piped. */
  ALWAYS("always"),
  /** Never. */
  NEVER("never");

  private final String name;

  ColorMode(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Reads {@code auto}, {@code always} or {@code never}, in any case. */
  static final class Converter implements ITypeConverter<ColorMode> {
    @Override
    public ColorMode convert(String value) {
      for (ColorMode mode : values()) {
        if (mode.name.equalsIgnoreCase(value.strip())) {
          return mode;
        }
      }
      throw new TypeConversionException("expected auto, always or never, got '" + value + "'");
    }
  }
}
