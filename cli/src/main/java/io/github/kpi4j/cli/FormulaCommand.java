package io.github.kpi4j.cli;

import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.formulas.FormulaException;
import io.github.kpi4j.formulas.FoundFormula;
import io.github.kpi4j.formulas.MeasurementStandards;
import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.quantity.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kpi4j formula EXPRESSION [--var NAME=VALUE]...}: evaluates one formula; with {@code
 * --find}, finds the formula in a measurement standard first.
 */
final class FormulaCommand extends CommandBase {
  /**
   * A double holds 15 significant decimal digits faithfully; past them is binary noise (0.1 + 0.2
   * is 0.30000000000000004), which the output drops, as the assessment does.
   */
  private static final MathContext DOUBLE_DIGITS = new MathContext(15);

  private final Arg<String> expression = Arg.of(String.class, null);

  /**
   * As written: picocli's own {@code Map} option would let a second {@code --var a=2} silently
   * replace the first, and would take {@code =1} as a variable named by the empty string.
   */
  private final Arg<List<String>> assignments = Arg.list(String.class);

  private final Arg<Boolean> find = Arg.of(boolean.class, false);

  @Override
  void describeOwn(CommandSpecs.Builder command) {
    command
        .header("Evaluate one formula.")
        .description(
            "Evaluate one formula, written as plans print it: full-width or ASCII brackets and"
                + " operators (（）【】 ＋－×÷ +-*/ ^), Chinese variable names, and %% after a number or a"
                + " bracket dividing it by 100, so that ×100%% keeps a ratio a ratio: 91%% is 0.91.",
            "A trailing = value (＝2%%) is the printed target: shown, not computed.",
            "An EXPRESSION may start with a minus sign before a number, a bracket or a Chinese name"
                + " (kpi4j formula -2^2); one with a minus sign and an ASCII letter could be options"
                + " (-h) and needs -- before it: kpi4j formula -- -h --var h=1.",
            "Example: kpi4j formula \"（甲－乙）÷乙×100%%\" --var 甲=10450 --var 乙=10200")
        .exitCodes(
            "0:the formula was evaluated",
            "2:bad usage (a --var that is not NAME=VALUE, a variable given twice), with --find a"
                + " standard that holds no formula or two, a formula that"
                + " cannot be parsed (the message shows where), a variable without a value, or a"
                + " formula that cannot be evaluated (division by zero, overflow)")
        .add(
            CommandSpecs.parameter(expression)
                .index("0")
                .paramLabel("EXPRESSION")
                .description("The formula, such as （本年度實支數＋應付未付數）÷預算數×100%%."))
        .add(
            CommandSpecs.option(assignments, "--var")
                .paramLabel("NAME=VALUE")
                .description(
                    "The value of a variable: a number such as 12, 1,500 or 1.5, or a percentage"
                        + " such as 91%% (0.91). Repeat for each variable; each is given once."))
        .add(
            CommandSpecs.option(find, "--find")
                .description(
                    "Take EXPRESSION for a measurement standard as printed (prose, labels such as"
                        + " 公式：, definitions such as 執行率＝…, a numerator and a denominator printed"
                        + " apart), find the formula in it, show it, and evaluate it when every"
                        + " variable has a value."));
    command.spec().preprocessor(new LeadingMinus());
  }

  @Override
  public Integer call() {
    Map<String, BigDecimal> values = values();
    if (find.value()) {
      return find(values);
    }
    double value;
    Formula formula;
    try {
      formula = Formula.compile(expression.value());
      value = formula.evaluate(values);
    } catch (FormulaException e) {
      return failed(e);
    }
    BigDecimal result = Decimals.plain(new BigDecimal(value).round(DOUBLE_DIGITS));
    if (json()) {
      Json.print(Json.object().put("value", result), out());
    } else {
      out().println(result.toPlainString());
      Optional<String> printed = formula.printedValue();
      printed.ifPresent(p -> out().println(messages().format("formula.printed", p)));
    }
    return ExitStatus.OK;
  }

  private int failed(FormulaException e) {
    if (e.kind() == FormulaException.Kind.MISSING_VARIABLE && e.variable().isPresent()) {
      err().println("kpi4j: " + messages().format("error.missingVariable", e.variable().get()));
    } else {
      err().println("kpi4j: " + e.message(options.language().locale()));
    }
    return ExitStatus.USAGE;
  }

  /**
   * {@code formula --find}: the formula found in the standard, its variables and printed value, and
   * its value when every variable has one; exit 2 when the standard holds no formula, or two.
   */
  private int find(Map<String, BigDecimal> values) {
    Optional<FoundFormula> found;
    try {
      found = MeasurementStandards.find(expression.value());
    } catch (FormulaException e) {
      return failed(e);
    }
    if (found.isEmpty()) {
      err().println("kpi4j: " + messages().format("error.noFormulaFound"));
      return ExitStatus.USAGE;
    }
    Formula formula = found.get().formula();
    Set<String> given = new HashSet<>();
    values.keySet().forEach(k -> given.add(Normalizer.normalize(k, Normalizer.Form.NFKC)));
    BigDecimal result = null;
    if (given.containsAll(formula.variables())) {
      try {
        result = Decimals.plain(new BigDecimal(formula.evaluate(values)).round(DOUBLE_DIGITS));
      } catch (FormulaException e) {
        return failed(e);
      }
    }
    Optional<String> printed = found.get().printedValue();
    if (json()) {
      ObjectNode document = Json.object();
      document.put("formula", found.get().text());
      ArrayNode variables = document.putArray("variables");
      formula.variables().forEach(variables::add);
      if (printed.isPresent()) {
        document.put("printedValue", printed.get());
      } else {
        document.putNull("printedValue");
      }
      if (result != null) {
        document.put("value", result);
      }
      Json.print(document, out());
    } else {
      out().println(messages().format("formula.found", found.get().text()));
      if (formula.variables().isEmpty()) {
        out().println(messages().format("formula.noVariables"));
      } else {
        out()
            .println(
                messages()
                    .format(
                        "formula.variables",
                        String.join(messages().format("list.separator"), formula.variables())));
      }
      found
          .get()
          .definedName()
          .ifPresent(n -> out().println(messages().format("formula.defines", n)));
      printed.ifPresent(p -> out().println(messages().format("formula.printed", p)));
      if (!found.get().remarks().isEmpty()) {
        out()
            .println(
                messages()
                    .format(
                        "formula.remarks",
                        String.join(messages().format("list.separator"), found.get().remarks())));
      }
      if (result != null) {
        out().println(messages().format("formula.value", result.toPlainString()));
      }
    }
    return ExitStatus.OK;
  }

  /**
   * The {@code --var} values by name. A name is given once: the formula takes {@code Ａ} and {@code
   * A} for one name (NFKC), and so does this check. White space around a name is dropped, as it can
   * be no part of one.
   */
  private Map<String, BigDecimal> values() {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    Map<String, String> assignmentOf = new HashMap<>();
    for (String assignment : assignments.value()) {
      int equals = assignment.indexOf('=');
      if (equals < 0) {
        throw usage("error.varNotNameValue", assignment);
      }
      String name = assignment.substring(0, equals).strip();
      String value = assignment.substring(equals + 1);
      if (name.isEmpty()) {
        throw usage("error.varWithoutName", assignment, value);
      }
      String normal = Normalizer.normalize(name, Normalizer.Form.NFKC);
      String first = assignmentOf.putIfAbsent(normal, assignment);
      if (first != null) {
        throw usage("error.varTwice", name, first, assignment);
      }
      values.put(name, number(name, value));
    }
    return values;
  }

  private ParameterException usage(String key, Object... arguments) {
    return new ParameterException(spec.commandLine(), messages().format(key, arguments));
  }

  /**
   * A number as a plan or a formula writes one: digits of any script ({@code １２}, {@code ١٢}),
   * grouped by thousands or not, a decimal point, a sign, a percent sign (91% is 0.91). Exponent
   * notation ({@code 1e2}) is refused with the plain number to write, since no formula reads it.
   * Anything else is bad usage.
   */
  private BigDecimal number(String name, String value) {
    StringBuilder folded = new StringBuilder();
    Normalizer.normalize(value, Normalizer.Form.NFKC)
        .codePoints()
        .forEach(
            cp ->
                folded.appendCodePoint(Character.isDigit(cp) ? '0' + Character.digit(cp, 10) : cp));
    String plainDigits = folded.toString().strip();
    if (plainDigits.matches("[+-]?[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]{1,4}")) {
      throw usage(
          "error.varExponent",
          name,
          value,
          Decimals.plain(new BigDecimal(plainDigits)).toPlainString());
    }
    Optional<Quantity> quantity = Quantity.parse(plainDigits);
    boolean plain =
        quantity.isPresent()
            && (quantity.get().unit().isNone() || quantity.get().unit().isPercent());
    if (!plain) {
      throw usage("error.badVariable", name, value);
    }
    return quantity.get().value();
  }

  /**
   * Lets an EXPRESSION that starts with a minus sign through without {@code --}. Picocli takes an
   * argument such as {@code -2^2} or {@code -甲+乙} for an unknown option. Where the first argument
   * that is neither an option nor an option's value is such an argument, this has picocli take
   * unknown options for positional parameters, for this command line only, so that it becomes the
   * EXPRESSION. Real options keep working ({@code -h} is still the help), the value after one is
   * still its value ({@code --var 甲=-3}), and an unknown {@code --long} option is still reported as
   * one, with its likely spelling. {@code −} and {@code －} never look like options.
   */
  static final class LeadingMinus implements IParameterPreprocessor {
    private static final String END_OF_OPTIONS = "--";

    @Override
    public boolean preprocess(
        Stack<String> args, CommandSpec spec, ArgSpec argSpec, Map<String, Object> info) {
      spec.parser().unmatchedOptionsArePositionalParams(expressionStartsWithMinus(args, spec));
      return false;
    }

    private static boolean expressionStartsWithMinus(Stack<String> args, CommandSpec spec) {
      // The stack's top is the next argument: reverse to read them in order.
      List<String> inOrder = new ArrayList<>(args);
      Collections.reverse(inOrder);
      Optional<String> expression = Optional.empty();
      for (int i = 0; i < inOrder.size(); i++) {
        String arg = inOrder.get(i);
        if (arg.equals(END_OF_OPTIONS)) {
          break;
        }
        int equals = arg.indexOf('=');
        OptionSpec option = spec.findOption(equals > 0 ? arg.substring(0, equals) : arg);
        if (option != null) {
          if (equals < 0 && option.arity().max() > 0) {
            i++;
          }
        } else {
          expression = Optional.of(arg);
          break;
        }
      }
      return expression.filter(LeadingMinus::negatesSomething).isPresent();
    }

    /**
     * A minus sign before a number, a bracket or a non-ASCII name ({@code -2^2}, {@code -(甲)},
     * {@code -甲+乙}) starts an expression; before an ASCII letter it may be a cluster of short
     * options ({@code -hV}), which picocli must still see, so such an expression needs {@code --}.
     */
    private static boolean negatesSomething(String argument) {
      if (argument.length() < 2
          || argument.charAt(0) != '-'
          || argument.startsWith(END_OF_OPTIONS)) {
        return false;
      }
      char next = argument.charAt(1);
      return next >= 0x80 || !Character.isLetter(next);
    }
  }
}
