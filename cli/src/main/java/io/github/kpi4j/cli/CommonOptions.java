package io.github.kpi4j.cli;

/**
 * The options every command takes: {@code --format}, {@code --lang}, {@code --color}, {@code
 * --help}.
 */
final class CommonOptions {
  private final Arg<OutputFormat> format = Arg.of(OutputFormat.class, OutputFormat.TEXT);
  private final Arg<Language> language = Arg.of(Language.class, Language.EN);
  private final Arg<ColorMode> color = Arg.of(ColorMode.class, ColorMode.AUTO);

  /**
   * Adds the options to a command, before its own: the help lists them first.
   *
   * @param command the command's description
   */
  void addTo(CommandSpecs.Builder command) {
    command
        .add(
            CommandSpecs.option(format, new OutputFormat.Converter(), "--format")
                .paramLabel("text|json")
                .description("Output for people (text, the default) or for programs (json)."))
        .add(
            CommandSpecs.option(language, new Language.Converter(), "--lang")
                .paramLabel("en|zh-TW")
                .description("Language of messages and findings: en (the default) or zh-TW."))
        .add(
            CommandSpecs.option(color, new ColorMode.Converter(), "--color")
                .paramLabel("auto|always|never")
                .description(
                    "Colour text output: auto (the default) colours on a terminal unless NO_COLOR"
                        + " is set; always; never."))
        .add(CommandSpecs.helpOption("Show this help and exit."));
  }

  /**
   * @return the output format
   */
  OutputFormat format() {
    return format.value();
  }

  /**
   * @return the language of messages
   */
  Language language() {
    return language.value();
  }

  /**
   * @return when text output is coloured
   */
  ColorMode color() {
    return color.value();
  }
}
