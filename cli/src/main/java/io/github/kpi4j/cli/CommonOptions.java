package io.github.kpi4j.cli;

import picocli.CommandLine.Option;

/**
 * The options every command takes: {@code --format}, {@code --lang}, {@code --color}, {@code
 * --help}.
 */
final class CommonOptions {
  @Option(
      names = "--format",
      paramLabel = "text|json",
      converter = OutputFormat.Converter.class,
      description = "Output for people (text, the default) or for programs (json).")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--lang",
      paramLabel = "en|zh-TW",
      converter = Language.Converter.class,
      description = "Language of messages and findings: en (the default) or zh-TW.")
  Language language = Language.EN;

  @Option(
      names = "--color",
      paramLabel = "auto|always|never",
      converter = ColorMode.Converter.class,
      description =
          "Colour text output: auto (the default) colours on a terminal unless NO_COLOR is set;"
              + " always; never.")
  ColorMode color = ColorMode.AUTO;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
