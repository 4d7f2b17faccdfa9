package io.github.kpi4j.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** {@code kpi4j}: the top-level command, which only dispatches to its subcommands. */
final class Kpi4jCommand implements Runnable {
  /**
   * The subcommands, in the order the help lists them. {@link Main#commandLine} adds them: a
   * command line naming one command describes that one alone to picocli.
   */
  static final Map<String, Supplier<CommandBase>> COMMANDS = commands();

  private static Map<String, Supplier<CommandBase>> commands() {
    Map<String, Supplier<CommandBase>> commands = new LinkedHashMap<>();
    commands.put("validate", ValidateCommand::new);
    commands.put("evaluate", EvaluateCommand::new);
    commands.put("formula", FormulaCommand::new);
    commands.put("export", ExportCommand::new);
    commands.put("import", ImportCommand::new);
    commands.put("render", RenderCommand::new);
    commands.put("report", ReportCommand::new);
    commands.put("demo", DemoCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  private final Terminal terminal;
  private final InputStream stdin;
  private final OutputStream binaryOut;

  private CommandSpec spec;

  /**
   * @param terminal where the output goes
   * @param stdin standard input, where a document named {@code -} is read from
   * @param binaryOut standard output for bytes
   */
  Kpi4jCommand(Terminal terminal, InputStream stdin, OutputStream binaryOut) {
    this.terminal = Objects.requireNonNull(terminal, "terminal");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.binaryOut = Objects.requireNonNull(binaryOut, "binaryOut");
  }

  /**
   * Describes the command to picocli: its help, {@code --help} and {@code --version}. The
   * subcommands are added to its command line.
   *
   * @return the description
   */
  CommandSpec describe() {
    CommandSpecs.Builder command =
        CommandSpecs.command(this, "kpi4j")
            .description(
                "Annual administrative plans (年度施政計畫) as data: validate plans, assess results,"
                    + " evaluate formulas, export KPIs.",
                "Start with: kpi4j demo")
            .exitCodes(
                "0:done; validate: every plan is valid; evaluate: no finding of severity error",
                "1:validate or evaluate found at least one finding of severity error",
                "2:bad usage, an input that cannot be read, or a formula that cannot be parsed"
                    + " or evaluated (the message on standard error says where)")
            // picocli's standard help options, with picocli's own descriptions.
            .add(CommandSpecs.helpOption("Show this help message and exit."))
            .add(
                OptionSpec.builder("-V", "--version")
                    .type(boolean.class)
                    .versionHelp(true)
                    .description("Print version information and exit."));
    spec = command.spec();
    spec.versionProvider(new Version());
    spec.usageMessage().autoWidth(true);
    return spec;
  }

  /**
   * @return standard output for bytes, such as a rendered document
   */
  OutputStream binaryOut() {
    return binaryOut;
  }

  /**
   * @return standard input
   */
  InputStream stdin() {
    return stdin;
  }

  /**
   * @return where the output goes
   */
  Terminal terminal() {
    return terminal;
  }

  /** Without a command there is nothing to do: that is bad usage. */
  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing command: validate, evaluate, formula, export, import, render, report or demo");
  }
}
