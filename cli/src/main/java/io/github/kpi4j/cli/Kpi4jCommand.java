package io.github.kpi4j.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kpi4j}: the top-level command, which only dispatches to its subcommands. */
@Command(
    name = "kpi4j",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Annual administrative plans (年度施政計畫) as data: validate plans, assess results,"
          + " evaluate formulas, export KPIs.",
      "Start with: kpi4j demo"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:done; validate: every plan is valid; evaluate: no finding of severity error",
      "1:validate or evaluate found at least one finding of severity error",
      "2:bad usage, an input that cannot be read, or a formula that cannot be parsed"
          + " or evaluated (the message on standard error says where)"
    })
final class Kpi4jCommand implements Runnable {
  /**
   * The subcommands, in the order the help lists them. {@link Main#commandLine} adds them: picocli
   * reads a command's annotations when it is added, which is most of a short run's time, so a
   * command line naming one command gets that one alone.
   */
  static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
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

  @Spec CommandSpec spec;

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
